using Pipeline.Core.Claims;

namespace Pipeline.Core.Reliability.Consistency;

/// <summary>
/// One extracted claim as the consistency check sees it. <paramref name="Scope"/> is "per-side" or "total" (null = total);
/// <paramref name="Part"/> names a component of a whole ("military", "civilians") when the claim is one part of a breakdown.
/// <paramref name="RefersTo"/> is the period the claim states ("in 2023"), and <paramref name="CurrentEvent"/> the event the
/// article reports now when the claim's clause names it ("this exchange": "swap").
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
    int Sides = 2,
    TemporalValue? RefersTo = null,
    string? CurrentEvent = null);
