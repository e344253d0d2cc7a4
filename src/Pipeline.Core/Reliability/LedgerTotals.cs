namespace Pipeline.Core.Reliability;

/// <summary>
/// Sums over part of a source's ledger, with the explanation lines that part would show (each list capped, in the
/// order the explanation lists it). Totals of disjoint parts merge exactly: the sums add, and the first lines of
/// the merged lists are among the first lines of the parts. So a source's score can be kept as totals per bucket
/// of its ledger, and a change to one bucket is re-read without re-reading the rest.
/// </summary>
public sealed record LedgerTotals(
    double Correct,
    double Evidence,
    int Claims,
    int Agreements,
    int Contradictions,
    int Unique,
    int Hedged,
    int Copies,
    IReadOnlyList<FactEvidence> Agreed,
    IReadOnlyList<FactEvidence> Contradicted,
    IReadOnlyList<RecognisedCopy> CopiesShown)
{
    public static LedgerTotals Empty { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, [], [], []);

    public static LedgerTotals Of(IEnumerable<SourceLedgerEntry> entries, int cap)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = entries as IReadOnlyCollection<SourceLedgerEntry> ?? entries.ToList();
        var contributions = list.Select(e => e.Contribution).ToList();
        return new LedgerTotals(
            contributions.Sum(c => c.Weight * c.Correctness),
            contributions.Sum(c => c.Weight),
            contributions.Count,
            contributions.Count(c => c.Outcome == ClaimOutcome.Agreed),
            contributions.Count(c => c.Outcome == ClaimOutcome.Contradicted),
            contributions.Count(c => c.Outcome == ClaimOutcome.Unique),
            contributions.Count(c => c.Hedged),
            contributions.Count(c => c.Outcome == ClaimOutcome.Copy),
            AgreedOrder(list.Where(e => e.Contribution.Outcome == ClaimOutcome.Agreed).Select(Line)).Take(cap).ToList(),
            ContradictedOrder(list.Where(e => e.Contribution.Outcome == ClaimOutcome.Contradicted).Select(Line)).Take(cap).ToList(),
            CopyOrder(list.Select(e => e.Copy).OfType<RecognisedCopy>()).Take(cap).ToList());
    }

    public static LedgerTotals Merge(IEnumerable<LedgerTotals> parts, int cap)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var all = parts.ToList();
        return new LedgerTotals(
            all.Sum(p => p.Correct), all.Sum(p => p.Evidence), all.Sum(p => p.Claims), all.Sum(p => p.Agreements), all.Sum(p => p.Contradictions),
            all.Sum(p => p.Unique), all.Sum(p => p.Hedged), all.Sum(p => p.Copies),
            AgreedOrder(all.SelectMany(p => p.Agreed)).Take(cap).ToList(),
            ContradictedOrder(all.SelectMany(p => p.Contradicted)).Take(cap).ToList(),
            CopyOrder(all.SelectMany(p => p.CopiesShown)).Take(cap).ToList());
    }

    private static FactEvidence Line(SourceLedgerEntry e) =>
        new(e.FactKey, e.Contribution.ClaimId, e.Contribution.Stated, e.Consensus, e.Contribution.Correctness, e.BackedBy);

    private static IEnumerable<FactEvidence> AgreedOrder(IEnumerable<FactEvidence> lines) =>
        lines.OrderBy(e => e.FactKey, StringComparer.Ordinal).ThenBy(e => e.ClaimId, StringComparer.Ordinal);

    // The most confidently contradicted first: those are what an analyst should look at.
    private static IEnumerable<FactEvidence> ContradictedOrder(IEnumerable<FactEvidence> lines) =>
        lines.OrderBy(e => e.Correctness).ThenBy(e => e.FactKey, StringComparer.Ordinal).ThenBy(e => e.ClaimId, StringComparer.Ordinal);

    private static IEnumerable<RecognisedCopy> CopyOrder(IEnumerable<RecognisedCopy> copies) => copies.OrderBy(c => c.ClaimId, StringComparer.Ordinal);
}
