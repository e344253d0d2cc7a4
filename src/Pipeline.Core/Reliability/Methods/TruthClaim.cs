namespace Pipeline.Core.Reliability.Methods;

/// <summary>
/// One source's vote on one fact: which candidate it states and how much the vote counts
/// (1 for a firm claim; less for hedged, attributed or copied claims).
/// </summary>
public readonly record struct TruthClaim(int Source, int Candidate, double Weight);
