namespace Pipeline.Core.Reliability;

/// <summary>
/// One claim's effect on its source, with what the explanation shows about it. A source's score is a pure function
/// of its ledger (<see cref="ReliabilityRollup.Score"/>), so an incremental rollup can store the entries of the
/// facts it recomputed, re-read the ledgers of the sources involved and rescore them: repeating that after a crash
/// rewrites the same entries and yields the same scores, where adjusting a running total would count twice.
/// </summary>
/// <param name="Consensus">The fact's consensus label when the entry was made.</param>
/// <param name="BackedBy">The first sources that back the consensus (capped, for "contradicted by whom").</param>
/// <param name="Copy">Set when the claim came from a recognised near-duplicate article.</param>
public sealed record SourceLedgerEntry(string FactKey, SourceContribution Contribution, string Consensus, IReadOnlyList<string> BackedBy, RecognisedCopy? Copy = null)
{
    public string Source => Contribution.Source;
}
