namespace Pipeline.Core.Reliability;

/// <summary>
/// What one claim added to its source's tally: <see cref="Weight"/> of evidence, of which <see cref="Correctness"/>
/// is the correct share. Stored with the fact so an incremental recompute can take it back out exactly.
/// </summary>
public sealed record SourceContribution(string Source, string ClaimId, ClaimOutcome Outcome, double Weight, double Correctness, bool Hedged, string Stated);
