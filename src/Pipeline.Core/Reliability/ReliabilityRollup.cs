using Pipeline.Core.Reliability.Consistency;
using Pipeline.Core.Reliability.Methods;
using Pipeline.Core.Reliability.Rollup;

namespace Pipeline.Core.Reliability;

/// <summary>
/// The host's entry point: groups claims into facts, runs truth discovery (ARCHITECTURE D6) and scores every source
/// with a credible interval, counts and an explanation. <see cref="Compute"/> does everything at once;
/// <see cref="Revote"/>, <see cref="Ledger"/> and <see cref="Score"/> are the steps of an incremental rollup.
/// </summary>
public static class ReliabilityRollup
{
    public static RollupResult Compute(IEnumerable<ClaimObservation> observations, RollupOptions? options = null, IEnumerable<ConsistencyFlag>? flags = null)
    {
        ArgumentNullException.ThrowIfNull(observations);
        options ??= RollupOptions.Default;
        var (problem, facts) = FactAssembly.Build(observations, options);
        var result = TruthMethods.Create(options.Method, options.Truth).Run(problem);
        var consensus = facts.Select((f, i) => FactOutcome.Build(f, problem.Facts[i], result.Beliefs[i], result.Truth[i])).ToList();
        var cap = options.MaxExplanationItems;
        var ledgers = consensus.SelectMany(f => Ledger(f, options)).ToLookup(e => e.Source, StringComparer.Ordinal);
        var flagsOf = (flags ?? []).ToLookup(f => f.Source, StringComparer.Ordinal);
        var names = ledgers.Select(g => g.Key).Concat(flagsOf.Select(g => g.Key)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var totals = names.Select(n => LedgerTotals.Of(ledgers[n], cap)).ToList();
        var evidence = names.Select((n, i) => SourceScore.Evidence(totals[i], flagsOf[n].Count(), options)).ToList();
        var priorMeans = SourceScoring.TierMeans(evidence.Select(e => e.Correct).ToArray(), evidence.Select(e => e.Evidence).ToArray());
        var sources = names.Select((n, i) => SourceScore.From(n, totals[i], flagsOf[n].ToList(), priorMeans, options)).ToList();
        return new RollupResult(result.Method, consensus, sources, result.Dependencies, priorMeans);
    }

    /// <summary>
    /// Decides the facts in <paramref name="claimsOfTouchedFacts"/> (every current claim of each fact) with source
    /// accuracies held at their stored scores: one weighted vote, no re-estimation. Source dependence is not
    /// re-estimated either; a full <see cref="Compute"/> does both.
    /// </summary>
    public static IReadOnlyList<FactConsensus> Revote(
        IEnumerable<ClaimObservation> claimsOfTouchedFacts, IReadOnlyDictionary<string, double> storedScores, double unknownSourceScore, RollupOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(claimsOfTouchedFacts);
        ArgumentNullException.ThrowIfNull(storedScores);
        options ??= RollupOptions.Default;
        var (problem, facts) = FactAssembly.Build(claimsOfTouchedFacts, options);
        var accuracy = problem.Sources.Select(s => storedScores.TryGetValue(s, out var score) ? score : unknownSourceScore).ToArray();
        var beliefs = new AccuSim(options.Truth).Vote(problem, accuracy, null);
        return facts.Select((f, i) => FactOutcome.Build(f, problem.Facts[i], beliefs[i], Beliefs.ArgMax(beliefs[i]))).ToList();
    }

    /// <summary>The names that vote on these claims (sources, and "via:party" for quoted parties): whose scores <see cref="Revote"/> needs.</summary>
    public static IReadOnlyList<string> VotersOf(IEnumerable<ClaimObservation> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return claims.Select(FactAssembly.Voter).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The sources whose ledgers hold entries for one claim: what withdrawing the claim must clean up.</summary>
    public static IEnumerable<string> LedgerSourcesOf(string source, string? attributedTo) => FactAssembly.LedgersOf(source, attributedTo);

    /// <summary>The fact's entries for each contributing source's ledger.</summary>
    public static IEnumerable<SourceLedgerEntry> Ledger(FactConsensus fact, RollupOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(fact);
        options ??= RollupOptions.Default;
        var backers = fact.AgreeingSources.Take(options.MaxNamesPerItem).ToList();
        return fact.Contributions.Select(c => new SourceLedgerEntry(
            fact.FactKey, c, fact.Value.Label, backers,
            c.Outcome == ClaimOutcome.Copy ? fact.Copies.FirstOrDefault(x => x.ClaimId == c.ClaimId) : null));
    }

    /// <summary>A source's reliability from its whole ledger and flags, on the prior means of the last full rollup.</summary>
    public static SourceReliability Score(
        string source, IEnumerable<SourceLedgerEntry> ledger, IEnumerable<ConsistencyFlag> flags, IReadOnlyList<double> priorMeans, RollupOptions? options = null)
    {
        options ??= RollupOptions.Default;
        return Score(source, LedgerTotals.Of(ledger, options.MaxExplanationItems), flags, priorMeans, options);
    }

    /// <summary>A source's reliability from the totals of its ledger (merged over its buckets with <see cref="LedgerTotals.Merge"/>).</summary>
    public static SourceReliability Score(
        string source, LedgerTotals totals, IEnumerable<ConsistencyFlag> flags, IReadOnlyList<double> priorMeans, RollupOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(totals);
        ArgumentNullException.ThrowIfNull(flags);
        ArgumentNullException.ThrowIfNull(priorMeans);
        return SourceScore.From(source, totals, flags.ToList(), priorMeans, options ?? RollupOptions.Default);
    }

    /// <summary>Prior means before any full rollup: every activity tier at the uninformed 0.5.</summary>
    public static IReadOnlyList<double> UninformedPriorMeans => SourceScoring.TierMeans([], []);
}
