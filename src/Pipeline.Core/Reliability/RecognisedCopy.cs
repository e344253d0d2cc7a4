namespace Pipeline.Core.Reliability;

/// <summary>A claim from a near-duplicate article: shown, but it adds no evidence.</summary>
public sealed record RecognisedCopy(string ClaimId, string Source, string ArticleId, string CopyOf);
