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
        var sums = new Sums();
        var (agreed, contradicted, copies) = (new List<SourceLedgerEntry>(), new List<SourceLedgerEntry>(), new List<RecognisedCopy>());
        foreach (var entry in entries)
        {
            var c = entry.Contribution;
            sums.Add(c);
            if (c.Outcome is ClaimOutcome.Agreed or ClaimOutcome.Contradicted)
            {
                (c.Outcome == ClaimOutcome.Agreed ? agreed : contradicted).Add(entry);
            }

            if (entry.Copy is { } copy)
            {
                copies.Add(copy);
            }
        }

        return new LedgerTotals(
            sums.Correct, sums.Evidence, sums.Claims, sums.Agreements, sums.Contradictions, sums.Unique, sums.Hedged, sums.Copies,
            // Lines are made for the shown entries only: most of a long ledger is never shown.
            AgreedOrder(agreed.Select(Key)).Take(cap).Select(k => Line(k.Entry)).ToList(),
            ContradictedOrder(contradicted.Select(Key)).Take(cap).Select(k => Line(k.Entry)).ToList(),
            CopyOrder(copies).Take(cap).ToList());
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

    /// <summary>One pass over a ledger: a ledger can hold a prolific source's hundred thousand claims.</summary>
    private struct Sums
    {
        public double Correct;
        public double Evidence;
        public int Claims;
        public int Agreements;
        public int Contradictions;
        public int Unique;
        public int Hedged;
        public int Copies;

        public void Add(SourceContribution c)
        {
            Correct += c.Weight * c.Correctness;
            Evidence += c.Weight;
            Claims++;
            Hedged += c.Hedged ? 1 : 0;
            Agreements += c.Outcome == ClaimOutcome.Agreed ? 1 : 0;
            Contradictions += c.Outcome == ClaimOutcome.Contradicted ? 1 : 0;
            Unique += c.Outcome == ClaimOutcome.Unique ? 1 : 0;
            Copies += c.Outcome == ClaimOutcome.Copy ? 1 : 0;
        }
    }

    private static FactEvidence Line(SourceLedgerEntry e) =>
        new(e.FactKey, e.Contribution.ClaimId, e.Contribution.Stated, e.Consensus, e.Contribution.Correctness, e.BackedBy);

    private static LineKey Key(SourceLedgerEntry e) => new(e.FactKey, e.Contribution.ClaimId, e.Contribution.Correctness, e);

    private static IEnumerable<T> AgreedOrder<T>(IEnumerable<T> lines)
        where T : ILineKey =>
        lines.OrderBy(e => e.FactKey, StringComparer.Ordinal).ThenBy(e => e.ClaimId, StringComparer.Ordinal);

    // The most confidently contradicted first: those are what an analyst should look at.
    private static IEnumerable<T> ContradictedOrder<T>(IEnumerable<T> lines)
        where T : ILineKey =>
        lines.OrderBy(e => e.Correctness).ThenBy(e => e.FactKey, StringComparer.Ordinal).ThenBy(e => e.ClaimId, StringComparer.Ordinal);

    private static IEnumerable<RecognisedCopy> CopyOrder(IEnumerable<RecognisedCopy> copies) => copies.OrderBy(c => c.ClaimId, StringComparer.Ordinal);
}

/// <summary>What an explanation list is ordered by, on a shown line or on a ledger entry not yet made into one.</summary>
internal interface ILineKey
{
    string FactKey { get; }

    string ClaimId { get; }

    double Correctness { get; }
}

internal readonly record struct LineKey(string FactKey, string ClaimId, double Correctness, SourceLedgerEntry Entry) : ILineKey;
