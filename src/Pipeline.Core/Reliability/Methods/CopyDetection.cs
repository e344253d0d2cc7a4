namespace Pipeline.Core.Reliability.Methods;

/// <summary>
/// Depen (Dong et al. VLDB'09, report §1.4): the probability that two sources copy, from the facts where they
/// share a true value, share a false value, or differ; then each vote is discounted by
/// I(s) = Π (1 − c·P(s~s')) over the more accurate sources that gave the same value before it.
/// </summary>
/// <remarks>
/// One deliberate change: the prior α is estimated from the pairs instead of fixed. Sharing true values is weak
/// evidence of copying that still accumulates, so with α = 0.2 two good independent outlets that agree on many true
/// facts were judged copiers. (Requiring a shared false value instead was tried: copiers who out-vote the truth make
/// their shared errors look true, and went undetected.)
/// </remarks>
internal static class CopyDetection
{
    public static (double[][] Independence, IReadOnlyList<SourceDependence> Dependencies) Discount(
        TruthProblem problem, IReadOnlyList<IReadOnlyList<double>> beliefs, double[] accuracy, TruthOptions options)
    {
        var pairs = PairEvidence.Collect(problem, beliefs, accuracy, options)
            .Where(p => p.Value.Shared >= options.MinSharedFactsForCopy)
            .ToList();
        var prior = CopyPrior(pairs, options.CopyPrior);
        var probability = new Dictionary<long, double>(PairKeyComparer.Instance);
        var dependencies = new List<SourceDependence>();
        foreach (var (key, e) in pairs)
        {
            var p = CopyProbability(e, prior);
            probability[key] = p;
            if (p >= 0.5)
            {
                var (a, b) = PairEvidence.Split(key);
                dependencies.Add(new SourceDependence(problem.Sources[a], problem.Sources[b], p,
                    (int)Math.Round(e.SharedTrue), (int)Math.Round(e.SharedFalse), e.Different));
            }
        }

        dependencies.Sort((x, y) => y.Probability != x.Probability
            ? y.Probability.CompareTo(x.Probability)
            : string.CompareOrdinal(x.SourceA + "\n" + x.SourceB, y.SourceA + "\n" + y.SourceB));
        return (Independence(problem, accuracy, probability, options.CopyRate), dependencies);
    }

    private static double CopyProbability(PairEvidence e, double prior)
    {
        var logOdds = Math.Log((1 - prior) / prior) + e.LogLikelihoodRatio;
        return 1 / (1 + Math.Exp(Math.Clamp(logOdds, -700, 700)));
    }

    /// <summary>
    /// Depen's α estimated from the data (empirical Bayes): the mean copy probability over the pairs, refined a few
    /// times, never above the configured prior. A fixed α = 0.2 says one pair in five copies; among 50 independent
    /// sources that expects hundreds of copying pairs, and chance agreement between accurate sources gets reported.
    /// </summary>
    private static double CopyPrior(List<KeyValuePair<long, PairEvidence>> pairs, double ceiling)
    {
        const int Refinements = 10;
        const double Floor = 1e-4;
        var prior = ceiling;
        for (var i = 0; i < Refinements && pairs.Count > 0; i++)
        {
            var current = prior;
            prior = Math.Clamp(pairs.Average(p => CopyProbability(p.Value, current)), Floor, ceiling);
        }

        return prior;
    }

    private static double[][] Independence(TruthProblem problem, double[] accuracy, Dictionary<long, double> probability, double copyRate)
    {
        var result = new double[problem.Facts.Count][];
        for (var f = 0; f < result.Length; f++)
        {
            var claims = problem.Facts[f].Claims;
            var weights = new double[claims.Count];
            Array.Fill(weights, 1.0);
            if (probability.Count > 0 && claims.Count > 1)
            {
                // Greedy order: the most accurate provider of a value is taken as the original.
                var order = Enumerable.Range(0, claims.Count)
                    .OrderByDescending(c => accuracy[claims[c].Source]).ThenBy(c => claims[c].Source).ToArray();
                for (var i = 1; i < order.Length; i++)
                {
                    var me = claims[order[i]];
                    for (var j = 0; j < i; j++)
                    {
                        var earlier = claims[order[j]];
                        if (earlier.Candidate == me.Candidate
                            && probability.TryGetValue(PairEvidence.Key(me.Source, earlier.Source), out var p))
                        {
                            weights[order[i]] *= 1 - (copyRate * p);
                        }
                    }
                }
            }

            result[f] = weights;
        }

        return result;
    }
}
