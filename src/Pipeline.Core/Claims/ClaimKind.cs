namespace Pipeline.Core.Claims;

/// <summary>The kinds in the extract contract. Their contract names are in <see cref="ContractNames"/>.</summary>
public enum ClaimKind
{
    Count,
    Amount,
    Percentage,
    Ratio,
    Duration,
    Date,
    DateRange,
    DateSince,
    Ordinal,
    Superlative,
    Quote,
}
