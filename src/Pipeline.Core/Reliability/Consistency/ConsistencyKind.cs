namespace Pipeline.Core.Reliability.Consistency;

public enum ConsistencyKind
{
    /// <summary>The headline states a figure the body contradicts (800 in the title, 2 × 390 below).</summary>
    HeadlineContradictsBody,

    /// <summary>A breakdown does not add up to its whole (270 + 120 vs 400).</summary>
    PartsContradictWhole,

    /// <summary>A per-side figure times the sides contradicts the stated total.</summary>
    PerSideContradictsTotal,

    /// <summary>
    /// A date that cannot be right: an event dated after publication, a year that disagrees with the article's other dates
    /// for the event it reports now, or a figure about that event stated for a period that cannot contain it.
    /// </summary>
    ImpossibleDate,
}
