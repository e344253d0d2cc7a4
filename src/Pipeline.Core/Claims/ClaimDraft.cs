namespace Pipeline.Core.Claims;

/// <summary>A claim as a reader found it, before the shared steps (sentence, attribution, hedging, entities, fact key).</summary>
internal sealed record ClaimDraft(ClaimKind Kind, int FirstToken, int EndToken, string Measure)
{
    public Quantity? Quantity { get; init; }

    public TemporalValue? Temporal { get; init; }

    public Qualifier Qualifier { get; init; } = Qualifier.Exact;

    /// <summary>The measure group fact keys use, so "390 prisoners" and "390 people" released in one swap meet.</summary>
    public string? Group { get; init; }

    public ClaimScope? Scope { get; init; }

    /// <summary>Set by date readers: which part of the named event the date is (start, planned, ...).</summary>
    public string? Frame { get; init; }

    /// <summary>Set by quotes (the speaker) and by readers that know the source better than the sentence does.</summary>
    public string? Attribution { get; init; }

    /// <summary>For quotes: the character span inside the quote marks, which does not align with tokens.</summary>
    public (int Start, int End)? CharSpan { get; init; }
}
