using Pipeline.Core.Reliability.Compatibility;

namespace Pipeline.Core.Reliability;

/// <summary>What the sources say about one fact: the consensus value, how sure, who agrees, who disagrees, and copies.</summary>
/// <param name="Contributions">Every claim's effect on its source; keep it with the fact for incremental recomputes.</param>
/// <param name="Confidence">Belief mass under which the consensus value is correct, in [0, 1].</param>
public sealed record FactConsensus(
    string FactKey,
    StatedValue Value,
    double Confidence,
    IReadOnlyList<string> AgreeingSources,
    IReadOnlyList<FactConflict> Conflicts,
    IReadOnlyList<RecognisedCopy> Copies,
    IReadOnlyList<SourceContribution> Contributions)
{
    /// <summary>Another source disagrees. One source stating two values is an internal inconsistency, flagged elsewhere.</summary>
    public bool IsContested => Conflicts.Any(c => c.Sources.Any(s => !AgreeingSources.Contains(s, StringComparer.Ordinal)));
}
