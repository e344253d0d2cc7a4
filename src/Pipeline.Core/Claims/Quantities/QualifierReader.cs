using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Quantities;

/// <summary>Reads the qualifier words just before a number ("more than", "nearly", "up to") and turns them into bounds.</summary>
internal static class QualifierReader
{
    private static readonly PhraseTable<Qualifier> Cues = PhraseTable<Qualifier>.Load("qualifiers.txt", row =>
        ContractNames.TryParseQualifier(row[1], out var qualifier) ? qualifier : throw new FormatException(row[1]));

    // "handing over 1,000" is a phrasal verb, not "more than 1,000".
    private static readonly WordMap<bool> OverVerbs = new(new[]
    {
        "hand", "hands", "handed", "handing", "turn", "turned", "turning", "take", "took", "taken", "taking", "pass", "passed",
        "passing", "give", "gave", "given", "giving", "handover", "fought", "fight", "fighting", "argue", "argued", "spread",
        "occur", "occurred", "held", "hold", "stretch", "stretched", "place", "run", "ran", "continue", "continued", "extend",
    }.Select(word => (word, true)));

    private static readonly WordMap<bool> UpVerbs = new(new[]
    {
        "picked", "picks", "pick", "ticked", "ticks", "tick", "edged", "edges", "edge", "inched", "inches", "crept", "creeps", "moved", "moves",
        "went", "goes", "go", "gone", "shot", "shoots", "jumped", "jumps", "climbed", "climbs", "revised", "revises", "marked", "ramped",
        "stepped", "sped", "speeded", "rounded", "bumped", "pushed", "pushes", "driven", "drove", "built", "added", "adds", "came",
    }.Select(word => (word, true)));

    /// <summary>The qualifier ending right before token <paramref name="numberToken"/>, and its first token.</summary>
    public static (Qualifier Qualifier, int FirstToken) Read(TextContext context, int numberToken)
    {
        if (!Cues.TryMatchEndingAt(context, numberToken - 1, out var qualifier, out var start) || context.SentenceBreakBetween(start, numberToken))
        {
            return (Qualifier.Exact, numberToken);
        }

        if (context.Is(numberToken - 1, "over") && start == numberToken - 1 && context.IsWord(start - 1) && OverVerbs.Contains(context.Span(start - 1)))
        {
            return (Qualifier.Exact, numberToken);
        }

        // "growth picked up to 1.8%": "up" belongs to the verb, and the figure is where it landed.
        if (qualifier == Qualifier.AtMost && context.Is(start, "up") && context.IsWord(start - 1) && UpVerbs.Contains(context.Span(start - 1)))
        {
            return (Qualifier.Exact, numberToken);
        }

        return (qualifier, start);
    }

    /// <summary>Bounds per the gold conventions: "nearly" is below the value, "more than" above it (exclusive), "about" open.</summary>
    public static Quantity Bounds(double value, string? unit, Qualifier qualifier) => qualifier switch
    {
        Qualifier.MoreThan or Qualifier.AtLeast => new Quantity(value, unit, value, null),
        Qualifier.Nearly or Qualifier.AtMost or Qualifier.LessThan => new Quantity(value, unit, null, value),
        Qualifier.Approx => new Quantity(value, unit, null, null),
        Qualifier.Vague when IsScale(value) => new Quantity(null, unit, 2 * value, (10 * value) - 1),
        Qualifier.Vague => new Quantity(value, unit, null, null),
        _ => Quantity.Exact(value, unit),
    };

    /// <summary>
    /// "several hundred", "a few thousand": a bare scale word, given the bounds the gold gives "hundreds" and
    /// "thousands" (two to nine of it).
    /// </summary>
    private static bool IsScale(double value) => value is 100 or 1_000 or 1_000_000 or 1_000_000_000;
}
