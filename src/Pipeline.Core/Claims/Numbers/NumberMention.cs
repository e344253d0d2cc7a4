namespace Pipeline.Core.Claims.Numbers;

/// <summary>
/// A number found in text: its character span, tokens [FirstToken, EndToken) and value.
/// <see cref="UnitAttached"/> marks digits glued to letters that are not a scale ("29km", "3h"), which are not plain numbers.
/// <see cref="Designator"/> marks digits glued to a name by a hyphen ("F-16", "SCP-173"), which are labels, not amounts.
/// </summary>
public readonly record struct NumberMention(int Start, int End, double Value, int FirstToken, int EndToken, NumberForm Form)
{
    public bool UnitAttached { get; init; }

    public bool Designator { get; init; }

    public bool IsInteger => Value == Math.Floor(Value) && Math.Abs(Value) < 1e15;

    /// <summary>Four digits from 1800 to 2100: a year far more often than a count ("in 2019 and 2023").</summary>
    public bool LooksLikeYear => Form == NumberForm.Digits && End - Start == 4 && Value is >= 1800 and <= 2100;
}
