using Pipeline.Core.Claims;

namespace Pipeline.Core.Reliability;

/// <summary>One source's statement about one fact: the input of a rollup, read back from the Claims table.</summary>
public sealed record ClaimObservation(
    string Source,
    string ArticleId,
    string ClaimId,
    string FactKey,
    Quantity Value,
    Qualifier Qualifier,
    bool Hedged);
