using Pipeline.Core.Reliability.Methods;

namespace Pipeline.Core.Reliability;

/// <summary>
/// The rollup's output. <see cref="PriorMeans"/> are the per-activity-tier prior means the scores used; keep them
/// with the stored state so an incremental recompute scores sources on the same prior.
/// </summary>
public sealed record RollupResult(
    string Method,
    IReadOnlyList<FactConsensus> Facts,
    IReadOnlyList<SourceReliability> Sources,
    IReadOnlyList<SourceDependence> Dependencies,
    IReadOnlyList<double> PriorMeans);
