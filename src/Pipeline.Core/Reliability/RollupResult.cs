namespace Pipeline.Core.Reliability;

public sealed record RollupResult(IReadOnlyList<FactConsensus> Facts, IReadOnlyList<SourceReliability> Sources);
