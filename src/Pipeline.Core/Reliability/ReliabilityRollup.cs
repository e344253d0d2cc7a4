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
        var tallies = new SortedDictionary<string, SourceTally>(StringComparer.Ordinal);
        foreach (var entry in consensus.SelectMany(f => Ledger(f, options)))
        {
            TallyOf(tallies, entry.Source).Add(entry);
        }

        foreach (var flag in flags ?? [])
        {
            TallyOf(tallies, flag.Source).Flag(flag, options.ConsistencyPenalty);
        }

        var priorMeans = SourceScoring.TierMeans(tallies.Values.Select(t => t.Correct).ToArray(), tallies.Values.Select(t => t.Evidence).ToArray());
        var sources = tallies.Values.Select(t => ToReliability(t, priorMeans, options)).ToList();
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
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(flags);
        ArgumentNullException.ThrowIfNull(priorMeans);
        options ??= RollupOptions.Default;
        var tally = new SourceTally(source);
        foreach (var entry in ledger)
        {
            tally.Add(entry);
        }

        foreach (var flag in flags)
        {
            tally.Flag(flag, options.ConsistencyPenalty);
        }

        return ToReliability(tally, priorMeans, options);
    }

    /// <summary>Prior means before any full rollup: every activity tier at the uninformed 0.5.</summary>
    public static IReadOnlyList<double> UninformedPriorMeans => SourceScoring.TierMeans([], []);

    private static SourceReliability ToReliability(SourceTally tally, IReadOnlyList<double> priorMeans, RollupOptions options) =>
        tally.ToReliability(priorMeans[Math.Min(SourceScoring.Tier(tally.Evidence), priorMeans.Count - 1)], options);

    private static SourceTally TallyOf(SortedDictionary<string, SourceTally> tallies, string source)
    {
        if (!tallies.TryGetValue(source, out var tally))
        {
            tally = new SourceTally(source);
            tallies[source] = tally;
        }

        return tally;
    }
}
