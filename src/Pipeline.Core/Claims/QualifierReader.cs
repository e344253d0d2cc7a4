namespace Pipeline.Core.Claims;

/// <summary>Reads the qualifier words just before a number and turns them into bounds, following the seed gold.</summary>
public static class QualifierReader
{
    private static readonly (string Cue, Qualifier Qualifier)[] Cues =
    [
        ("more than ", Qualifier.MoreThan), ("over ", Qualifier.MoreThan), ("upwards of ", Qualifier.MoreThan),
        ("at least ", Qualifier.AtLeast), ("no fewer than ", Qualifier.AtLeast),
        ("nearly ", Qualifier.Nearly), ("almost ", Qualifier.Nearly),
        ("about ", Qualifier.Approx), ("roughly ", Qualifier.Approx), ("around ", Qualifier.Approx),
        ("approximately ", Qualifier.Approx), ("some ", Qualifier.Approx), ("an estimated ", Qualifier.Approx),
        ("up to ", Qualifier.AtMost), ("at most ", Qualifier.AtMost),
        ("fewer than ", Qualifier.LessThan), ("less than ", Qualifier.LessThan), ("under ", Qualifier.LessThan),
    ];

    // "handing over 1,000" is a phrasal verb, not "more than 1,000".
    private static readonly string[] OverVerbs = ["hand", "hands", "handed", "handing", "turn", "turned", "turning", "take", "took", "taken", "taking", "pass", "passed", "passing", "give", "gave", "given", "giving"];

    /// <summary>The qualifier ending right before <paramref name="numberStart"/>, and where its cue starts.</summary>
    public static (Qualifier Qualifier, int Start) Read(string text, int numberStart)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var (cue, qualifier) in Cues)
        {
            var start = numberStart - cue.Length;
            if (start >= 0
                && text.AsSpan(start, cue.Length).Equals(cue, StringComparison.OrdinalIgnoreCase)
                && (start == 0 || !char.IsLetter(text[start - 1]))
                && !(qualifier == Qualifier.MoreThan && cue == "over " && FollowsVerb(text, start)))
            {
                return (qualifier, start);
            }
        }

        return (Qualifier.Exact, numberStart);
    }

    private static bool FollowsVerb(string text, int cueStart)
    {
        var end = cueStart - 1;
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return end > start && OverVerbs.Contains(text[start..end].ToLowerInvariant());
    }

    public static Quantity Bounds(double value, string? unit, Qualifier qualifier) => qualifier switch
    {
        Qualifier.MoreThan or Qualifier.AtLeast => new Quantity(value, unit, value, null),
        Qualifier.Nearly or Qualifier.AtMost or Qualifier.LessThan => new Quantity(value, unit, null, value),
        Qualifier.Approx => new Quantity(value, unit, null, null),
        _ => Quantity.Exact(value, unit),
    };
}
