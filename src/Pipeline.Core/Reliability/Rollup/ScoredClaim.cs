namespace Pipeline.Core.Reliability.Rollup;

/// <summary>A claim placed in its fact: the candidate it states, who it counts for, and whether it votes.</summary>
internal sealed record ScoredClaim(ClaimObservation Observation, string ScoredSource, int Candidate, double Weight, bool Votes, string? CopyOf);
