namespace Pipeline.Core.Reliability.Consistency;

public enum ConsistencyKind
{
    /// <summary>The headline states a figure the body contradicts (800 in the title, 2 × 390 below).</summary>
    HeadlineContradictsBody,

    /// <summary>A breakdown does not add up to its whole (270 + 120 vs 400).</summary>
    PartsContradictWhole,

    /// <summary>A per-side figure times the sides contradicts the stated total.</summary>
    PerSideContradictsTotal,

    /// <summary>An event date that cannot be right: after publication, or a year that disagrees with the article's other dates for the same event.</summary>
    ImpossibleDate,
}
