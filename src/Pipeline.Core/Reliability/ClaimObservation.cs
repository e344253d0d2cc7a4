using Pipeline.Core.Reliability.Compatibility;

namespace Pipeline.Core.Reliability;

/// <summary>
/// One source's statement about one fact: the input of a rollup, read back from the Claims table.
/// </summary>
/// <param name="Value">The stated value with its qualifier and bounds (<see cref="StatedValue.FromQuantity"/>, <see cref="StatedValue.Date"/>, ...).</param>
/// <param name="Hedged">"reportedly", "may have": the claim weighs <see cref="RollupOptions.HedgedWeight"/>.</param>
/// <param name="AttributedTo">The party the outlet quotes ("Russian defence ministry"); null when the outlet states it itself.</param>
/// <param name="CopyOf">The canonical article when this article is a near-duplicate of it (<see cref="Copies.NearDuplicates"/>); null otherwise.</param>
public sealed record ClaimObservation(
    string Source,
    string ArticleId,
    string ClaimId,
    string FactKey,
    StatedValue Value,
    bool Hedged = false,
    string? AttributedTo = null,
    string? CopyOf = null);
