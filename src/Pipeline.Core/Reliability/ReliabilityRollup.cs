using Pipeline.Core.Reliability.Consistency;
using Pipeline.Core.Reliability.Methods;
using Pipeline.Core.Reliability.Rollup;

namespace Pipeline.Core.Reliability;

/// <summary>
/// The host's entry point: groups claims into facts, runs truth discovery (ARCHITECTURE D6) and scores every source
/// with a credible interval, counts and an explanation. <see cref="Recompute"/> redoes only the facts new claims touched.
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
        foreach (var fact in consensus)
        {
            Apply(tallies, fact, +1, options);
        }

        AddFlags(tallies, flags, options);
        var priorMeans = SourceScoring.TierMeans(tallies.Values.Select(t => t.Correct).ToArray(), tallies.Values.Select(t => t.Evidence).ToArray());
        var sources = tallies.Values.Select(t => t.ToReliability(priorMeans[SourceScoring.Tier(t.Evidence)], options)).ToList();
        return new RollupResult(result.Method, consensus, sources, result.Dependencies, priorMeans);
    }

    /// <summary>
    /// Recomputes the facts in <paramref name="touchedClaims"/> (all current claims of every touched fact key) with
    /// source accuracies held at their stored scores, takes the stored facts' contributions out of the sources' tallies
    /// and puts the new ones in. Returns the new facts and every source whose tally changed. Source dependence is not
    /// re-estimated here: the periodic full <see cref="Compute"/> does that.
    /// </summary>
    public static RollupResult Recompute(
        IEnumerable<ClaimObservation> touchedClaims,
        IReadOnlyList<FactConsensus> priorFacts,
        IReadOnlyList<SourceReliability> priorSources,
        IReadOnlyList<double> priorMeans,
        RollupOptions? options = null,
        IEnumerable<ConsistencyFlag>? newFlags = null)
    {
        ArgumentNullException.ThrowIfNull(touchedClaims);
        ArgumentNullException.ThrowIfNull(priorFacts);
        ArgumentNullException.ThrowIfNull(priorSources);
        ArgumentNullException.ThrowIfNull(priorMeans);
        options ??= RollupOptions.Default;
        var (problem, facts) = FactAssembly.Build(touchedClaims, options);
        var known = priorSources.ToDictionary(s => s.Source, StringComparer.Ordinal);
        var accuracy = problem.Sources.Select(s => known.TryGetValue(s, out var r) ? r.Score : priorMeans[0]).ToArray();
        var beliefs = new AccuSim(options.Truth).Vote(problem, accuracy, null);
        var consensus = facts.Select((f, i) => FactOutcome.Build(f, problem.Facts[i], beliefs[i], Beliefs.ArgMax(beliefs[i]))).ToList();
        var tallies = new SortedDictionary<string, SourceTally>(StringComparer.Ordinal);
        foreach (var prior in priorSources)
        {
            tallies[prior.Source] = SourceTally.From(prior);
        }

        var changed = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var fact in priorFacts)
        {
            changed.UnionWith(Apply(tallies, fact, -1, options));
        }

        foreach (var fact in consensus)
        {
            changed.UnionWith(Apply(tallies, fact, +1, options));
        }

        changed.UnionWith(AddFlags(tallies, newFlags, options));
        var sources = changed.Select(s => tallies[s].ToReliability(priorMeans[SourceScoring.Tier(tallies[s].Evidence)], options)).ToList();
        return new RollupResult(TruthMethods.Create(options.Method).Name, consensus, sources, [], priorMeans);
    }

    private static List<string> Apply(SortedDictionary<string, SourceTally> tallies, FactConsensus fact, int sign, RollupOptions options)
    {
        var backers = fact.AgreeingSources.Take(options.MaxNamesPerItem).ToList();
        foreach (var c in fact.Contributions)
        {
            if (!tallies.TryGetValue(c.Source, out var tally))
            {
                tally = new SourceTally(c.Source);
                tallies[c.Source] = tally;
            }

            tally.Apply(fact, c, sign, backers);
        }

        return fact.Contributions.Select(c => c.Source).ToList();
    }

    private static List<string> AddFlags(SortedDictionary<string, SourceTally> tallies, IEnumerable<ConsistencyFlag>? flags, RollupOptions options)
    {
        var touched = new List<string>();
        foreach (var flag in flags ?? [])
        {
            if (!tallies.TryGetValue(flag.Source, out var tally))
            {
                tally = new SourceTally(flag.Source);
                tallies[flag.Source] = tally;
            }

            tally.Flag(flag, options.ConsistencyPenalty);
            touched.Add(flag.Source);
        }

        return touched;
    }
}
