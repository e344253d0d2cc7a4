namespace Pipeline.Core.Reliability.Methods;

/// <summary>
/// Turns per-fact beliefs into per-source Beta posteriors (report §1.11). A claim's soft correctness is the
/// belief mass it supports; only facts with at least two claims count as evidence. The prior mean is estimated
/// per activity tier (empirical Bayes), because one-off sources are on average less accurate than regulars,
/// and a single global prior would credit every one-claim source with the regulars' record.
/// </summary>
internal static class SourceScoring
{
    private static readonly double[] TierUpperBounds = [1.5, 3.5, 10.5, 100.5];

    public static double Correctness(TruthFact fact, IReadOnlyList<double> belief, int candidate)
    {
        if (!fact.HasSimilarity)
        {
            return belief[candidate];
        }

        double p = 0;
        for (var t = 0; t < fact.CandidateCount; t++)
        {
            p += belief[t] * fact.SupportOf(candidate, t);
        }

        return Math.Min(1, p);
    }

    /// <summary>Per source: weighted correct mass and weighted evidence over contested facts.</summary>
    public static (double[] Correct, double[] Evidence) Tally(TruthProblem problem, IReadOnlyList<IReadOnlyList<double>> beliefs)
    {
        var correct = new double[problem.Sources.Count];
        var evidence = new double[problem.Sources.Count];
        for (var f = 0; f < problem.Facts.Count; f++)
        {
            var fact = problem.Facts[f];
            if (fact.Claims.Count < 2)
            {
                continue;
            }

            foreach (var claim in fact.Claims)
            {
                correct[claim.Source] += claim.Weight * Correctness(fact, beliefs[f], claim.Candidate);
                evidence[claim.Source] += claim.Weight;
            }
        }

        return (correct, evidence);
    }

    public static SourceEstimate[] Estimate(TruthProblem problem, IReadOnlyList<IReadOnlyList<double>> beliefs, TruthOptions options)
    {
        var (correct, evidence) = Tally(problem, beliefs);
        return Estimate(correct, evidence, options, withIntervals: true);
    }

    public static SourceEstimate[] Estimate(double[] correct, double[] evidence, TruthOptions options, bool withIntervals)
    {
        var tierMeans = TierMeans(correct, evidence);
        var result = new SourceEstimate[correct.Length];
        for (var s = 0; s < correct.Length; s++)
        {
            var mean = tierMeans[Tier(evidence[s])];
            var a = (options.PriorStrength * mean) + correct[s];
            var b = (options.PriorStrength * (1 - mean)) + Math.Max(0, evidence[s] - correct[s]);
            result[s] = withIntervals
                ? new SourceEstimate(a / (a + b), a, b, BetaDistribution.InverseCdf(0.025, a, b), BetaDistribution.InverseCdf(0.975, a, b), evidence[s])
                : new SourceEstimate(a / (a + b), a, b, double.NaN, double.NaN, evidence[s]);
        }

        return result;
    }

    internal static int Tier(double evidence)
    {
        var tier = 0;
        while (tier < TierUpperBounds.Length && evidence > TierUpperBounds[tier])
        {
            tier++;
        }

        return tier;
    }

    /// <summary>Pooled accuracy of each tier with a Beta(1,1) floor, so an empty tier means 0.5, not NaN.</summary>
    internal static double[] TierMeans(double[] correct, double[] evidence)
    {
        var hits = new double[TierUpperBounds.Length + 1];
        var totals = new double[TierUpperBounds.Length + 1];
        for (var s = 0; s < correct.Length; s++)
        {
            var tier = Tier(evidence[s]);
            hits[tier] += correct[s];
            totals[tier] += evidence[s];
        }

        return hits.Select((h, i) => (h + 1) / (totals[i] + 2)).ToArray();
    }
}
