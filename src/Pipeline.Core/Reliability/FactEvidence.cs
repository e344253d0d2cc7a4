namespace Pipeline.Core.Reliability;

/// <summary>One line of a source's explanation: what it said on a fact, the consensus, and who backs the consensus.</summary>
public sealed record FactEvidence(string FactKey, string ClaimId, string Stated, string Consensus, double Correctness, IReadOnlyList<string> BackedBy) : ILineKey;
