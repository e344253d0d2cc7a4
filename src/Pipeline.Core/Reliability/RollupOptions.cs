using Pipeline.Core.Reliability.Methods;

namespace Pipeline.Core.Reliability;

/// <summary>How a rollup weighs claims. Defaults are documented in docs/benchmarks.md ("Truth discovery").</summary>
public sealed record RollupOptions
{
    public static RollupOptions Default { get; } = new();

    /// <summary>A method name from <see cref="TruthMethods.Names"/>.</summary>
    public string Method { get; init; } = TruthMethods.DefaultName;

    public TruthOptions Truth { get; init; } = TruthOptions.Default;

    /// <summary>Weight of a hedged claim relative to a firm one, in the vote and in the source's evidence.</summary>
    public double HedgedWeight { get; init; } = 0.5;

    /// <summary>
    /// Weight with which an outlet is scored on a claim it attributes to someone else. The quoted party votes
    /// (as pseudo-source "via:party"); the outlet chose to publish the figure, so it shares some of the blame.
    /// </summary>
    public double AttributedOutletWeight { get; init; } = 0.5;

    /// <summary>Evidence against a source for each internal-consistency flag on one of its articles.</summary>
    public double ConsistencyPenalty { get; init; } = 1;

    /// <summary>Cap per explanation list (agreed, contradicted, copies, flags); totals are in the counts.</summary>
    public int MaxExplanationItems { get; init; } = 50;

    /// <summary>Names listed per "by whom" in explanations.</summary>
    public int MaxNamesPerItem { get; init; } = 5;
}
