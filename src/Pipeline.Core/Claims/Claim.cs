namespace Pipeline.Core.Claims;

/// <summary>
/// One checkable claim in an article. Offsets are UTF-16 indices into the article text, end exclusive.
/// Exactly one of <see cref="Quantity"/> and <see cref="Temporal"/> is set, except for quotes, which have neither.
/// </summary>
public sealed record Claim
{
    public required string Id { get; init; }

    public required ClaimKind Kind { get; init; }

    public required string Text { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }

    public required string Sentence { get; init; }

    public Quantity? Quantity { get; init; }

    public TemporalValue? Temporal { get; init; }

    public Qualifier Qualifier { get; init; } = Qualifier.Exact;

    public required string Measure { get; init; }

    public ClaimScope? Scope { get; init; }

    /// <summary>What happened to the thing measured: released, agreed, killed, met, lasted.</summary>
    public string? EventFrame { get; init; }

    public IReadOnlyList<string> Entities { get; init; } = [];

    public string? Attribution { get; init; }

    public bool Hedged { get; init; }

    public string? HedgeCue { get; init; }

    public required string FactKey { get; init; }

    /// <summary>The period the claim says it is about ("the fifth swap in 2023", "freed since March 2022"); null when it states none.</summary>
    public TemporalValue? RefersTo { get; init; }

    /// <summary>The event the claim's clause says the article is reporting now ("this latest exchange": "swap"), if any.</summary>
    public string? CurrentEvent { get; init; }
}
