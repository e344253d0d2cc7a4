namespace Pipeline.Core.Claims.Durations;

/// <summary>
/// A length of time: "two hours", "90-minute", "three-day", "an hour and a half". <see cref="Value"/> is in <see cref="Unit"/>
/// and null for vague amounts ("a few days"). <see cref="Counted"/> is false when no number was written ("a week").
/// </summary>
public readonly record struct DurationMention(int Start, int End, double? Value, string Unit, int FirstToken, int EndToken, bool Counted)
{
    /// <summary>Written as a modifier before a noun ("90-minute meeting", "30-day ceasefire").</summary>
    public bool Hyphenated { get; init; }
}
