namespace Pipeline.Core.Reliability;

/// <summary>
/// Groups observations by fact key, finds each fact's consensus and scores every source by how often it agrees.
/// Each source votes once per fact, so an outlet repeating a figure does not outvote others.
/// </summary>
public static class ReliabilityRollup
{
    public static RollupResult Compute(IEnumerable<ClaimObservation> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var facts = observations
            .GroupBy(o => o.FactKey, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Consensus(g.Key, OnePerSource(g)))
            .ToList();
        return new RollupResult(facts, ScoreSources(observations, facts));
    }

    private static List<ClaimObservation> OnePerSource(IEnumerable<ClaimObservation> fact) => fact
        .GroupBy(o => o.Source, StringComparer.Ordinal)
        .Select(g => g.OrderBy(o => o.Hedged).ThenBy(o => o.Qualifier).ThenBy(o => o.ClaimId, StringComparer.Ordinal).First())
        .OrderBy(o => o.Source, StringComparer.Ordinal)
        .ToList();

    private static FactConsensus Consensus(string factKey, List<ClaimObservation> votes)
    {
        var best = votes
            .Select(candidate => (candidate, support: votes.Count(v => Supports(v, candidate))))
            .OrderByDescending(x => x.support)
            .ThenBy(x => x.candidate.Qualifier)
            .ThenBy(x => x.candidate.Value.Number)
            .First();
        var agreeing = votes.Where(v => Supports(v, best.candidate)).Select(v => v.Source).ToList();
        var conflicts = votes.Where(v => !Supports(v, best.candidate))
            .Select(v => new SourceValue(v.Source, v.Value.Number, v.ClaimId))
            .ToList();
        return new FactConsensus(factKey, best.candidate.Value.Number, (double)best.support / votes.Count, agreeing, conflicts);
    }

    private static bool Supports(ClaimObservation vote, ClaimObservation candidate) =>
        ValueInterval.Of(vote.Value, vote.Qualifier).Overlaps(ValueInterval.Of(candidate.Value, candidate.Qualifier));

    private static List<SourceReliability> ScoreSources(IEnumerable<ClaimObservation> observations, List<FactConsensus> facts)
    {
        var byFact = facts.ToDictionary(f => f.FactKey, StringComparer.Ordinal);
        return observations
            .GroupBy(o => o.Source, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Score(g.Key, g.ToList(), byFact))
            .ToList();
    }

    private static SourceReliability Score(string source, List<ClaimObservation> claims, Dictionary<string, FactConsensus> facts)
    {
        int agreements = 0, contradictions = 0, unique = 0;
        foreach (var factKey in claims.Select(c => c.FactKey).Distinct(StringComparer.Ordinal))
        {
            var fact = facts[factKey];
            if (fact.AgreeingSources.Count + fact.Conflicts.Count < 2)
            {
                unique++;
            }
            else if (fact.AgreeingSources.Contains(source, StringComparer.Ordinal))
            {
                agreements++;
            }
            else
            {
                contradictions++;
            }
        }

        return new SourceReliability(source, claims.Count, agreements, contradictions, unique, claims.Count(c => c.Hedged));
    }
}
