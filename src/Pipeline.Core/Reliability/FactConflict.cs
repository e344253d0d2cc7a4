using Pipeline.Core.Reliability.Compatibility;

namespace Pipeline.Core.Reliability;

/// <summary>One side of a disagreement: a value the consensus rejects, with the sources and claims stating it.</summary>
public sealed record FactConflict(StatedValue Value, double Belief, IReadOnlyList<string> Sources, IReadOnlyList<string> ClaimIds);
