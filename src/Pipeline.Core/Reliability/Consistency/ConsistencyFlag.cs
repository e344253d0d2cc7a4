namespace Pipeline.Core.Reliability.Consistency;

/// <summary>An internal contradiction in one article; it counts as evidence against the source.</summary>
public sealed record ConsistencyFlag(string ArticleId, string Source, ConsistencyKind Kind, IReadOnlyList<string> ClaimIds, string Message);
