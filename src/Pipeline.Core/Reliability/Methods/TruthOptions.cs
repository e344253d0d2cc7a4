namespace Pipeline.Core.Reliability.Methods;

/// <summary>
/// Constants shared by the methods. They are fixed in advance, not tuned per dataset (report §4.3).
/// </summary>
public sealed record TruthOptions
{
    public static TruthOptions Default { get; } = new();

    public int MaxIterations { get; init; } = 30;

    /// <summary>Stop when no source accuracy moves more than this between iterations.</summary>
    public double Tolerance { get; init; } = 1e-4;

    /// <summary>Pseudo-claims of the Beta prior on a source's accuracy (its mean comes from the data).</summary>
    public double PriorStrength { get; init; } = 4;

    /// <summary>AccuSim's ρ: how much a similar value's confidence carries over to a candidate.</summary>
    public double SimilarityWeight { get; init; } = 0.5;

    /// <summary>Accuracy a method starts from before any evidence (ACCU: 1 − ε with ε = 0.2).</summary>
    public double InitialAccuracy { get; init; } = 0.8;

    /// <summary>Depen's prior probability that two sources copy (α) and the copy rate (c).</summary>
    public double CopyPrior { get; init; } = 0.2;

    public double CopyRate { get; init; } = 0.8;

    /// <summary>Pairs sharing fewer facts than this are never judged as copiers: too little evidence.</summary>
    public int MinSharedFactsForCopy { get; init; } = 5;
}
