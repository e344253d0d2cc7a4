namespace Pipeline.Core.Reliability.Consistency;

/// <summary>
/// One extracted claim as the consistency check sees it. <paramref name="Scope"/> is "per-side" or "total" (null = total);
/// <paramref name="Part"/> names a component of a whole ("military", "civilians") when the claim is one part of a breakdown.
/// </summary>
public sealed record ArticleClaim(
    string ClaimId,
    string Measure,
    string? Scope,
    double? Value,
    string? Frame,
    DateOnly? Date,
    bool IsHeadline,
    string? Part = null,
    int Sides = 2);
