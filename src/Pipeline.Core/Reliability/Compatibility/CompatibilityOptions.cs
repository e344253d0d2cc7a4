namespace Pipeline.Core.Reliability.Compatibility;

/// <summary>Tolerances for deciding that two stated values agree. Defaults suit news counts and census-like figures.</summary>
public sealed record CompatibilityOptions
{
    public static CompatibilityOptions Default { get; } = new();

    /// <summary>Relative slack around an exact figure: 390 agrees with 392 (rounding, late revisions).</summary>
    public double ExactTolerance { get; init; } = 0.01;

    /// <summary>Relative slack for "about"/"nearly"/vague figures: "about 1,000" agrees with 990.</summary>
    public double ApproximateTolerance { get; init; } = 0.1;

    /// <summary>Absolute slack, so small counts must match exactly (3 vs 4 disagree) but rounding noise does not matter.</summary>
    public double AbsoluteSlack { get; init; } = 0.5;
}
