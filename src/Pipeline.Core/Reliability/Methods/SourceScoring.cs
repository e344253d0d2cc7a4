namespace Pipeline.Core.Reliability.Methods;

/// <summary>
/// Turns per-fact beliefs into per-source Beta posteriors (report §1.11). Only facts with at least two claims count
/// as evidence. The prior is empirical Bayes (<see cref="SourcePrior"/>): its mean per activity tier, because one-off
/// sources are on average less accurate than regulars, and its strength from how much regulars really differ.
/// </summary>
internal static class SourceScoring
{
    private static readonly double[] TierUpperBounds = [1.5, 3.5, 10.5, 100.5];

    /// <summary>
    /// How far a claim agrees with the beliefs, counting similar candidates too: the rollup's notion of agreement
    /// ("nearly 400" agrees with 390).
    /// </summary>
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

    /// <summary>
    /// The probability that a claim is right, for scoring its source (ACCU: A(s) = mean P(v) of the values it
    /// states). Similarity lends a value votes but does not make a different value right (an incomplete author list
    /// or a figure off by one is wrong); implication does (a claim of the country is right when the truth is a town in it).
    /// </summary>
    public static double Credit(TruthFact fact, IReadOnlyList<double> belief, int candidate) =>
        fact.Implies ? Correctness(fact, belief, candidate) : belief[candidate];

    /// <summary>
    /// Per source: weighted credit, weighted evidence and the variance of the credit, over contested facts (two or
    /// more claims), or with <paramref name="disputedOnly"/> over the facts where at least two values are stated.
    /// </summary>
    public static SourceTallies Tally(TruthProblem problem, IReadOnlyList<IReadOnlyList<double>> beliefs, bool disputedOnly = false)
    {
        var tallies = new SourceTallies(problem.Sources.Count);
        for (var f = 0; f < problem.Facts.Count; f++)
        {
            var fact = problem.Facts[f];
            if (fact.Claims.Count < 2 || (disputedOnly && !IsDisputed(fact)))
            {
                continue;
            }

            foreach (var claim in fact.Claims)
            {
                tallies.Add(claim.Source, claim.Weight, Credit(fact, beliefs[f], claim.Candidate));
            }
        }

        return tallies;
    }

    /// <summary>
    /// The final estimates. The point estimate and Beta parameters come from every contested fact; the interval spans
    /// both that posterior's and the posterior from disputed facts only. A source is usually right more often where
    /// others agree with it than where values conflict (CapitalBot on Population: 0.996 over its contested facts, 0.81
    /// on the disputed census cities), and which of the two a reader, or a gold sample, meets is not known here.
    /// </summary>
    public static SourceEstimate[] Estimate(TruthProblem problem, IReadOnlyList<IReadOnlyList<double>> beliefs, TruthOptions options)
    {
        var overall = Estimate(Tally(problem, beliefs), options, withIntervals: true);
        var disputed = Estimate(Tally(problem, beliefs, disputedOnly: true), options, withIntervals: true);
        return overall.Select((e, s) => e with { Lower = Math.Min(e.Lower, disputed[s].Lower), Upper = Math.Max(e.Upper, disputed[s].Upper) }).ToArray();
    }

    public static SourceEstimate[] Estimate(SourceTallies tallies, TruthOptions options, bool withIntervals)
    {
        var prior = SourcePrior.Fit(tallies, options);
        var result = new SourceEstimate[tallies.Count];
        for (var s = 0; s < result.Length; s++)
        {
            var (a, b) = prior.Posterior(tallies, s);
            var (lower, upper) = withIntervals ? Interval(a, b, tallies.Correct[s], tallies.Evidence[s]) : (double.NaN, double.NaN);
            result[s] = new SourceEstimate(a / (a + b), a, b, lower, upper, tallies.Evidence[s]);
        }

        return result;
    }

    /// <summary>
    /// The central 95% interval of Beta(a, b), except that a record of at least one claim with less than half a
    /// failure reaches 1, and one with less than half a success reaches 0 (the boundary rule of the Jeffreys
    /// interval, Brown, Cai and DasGupta 2001): otherwise a source that has never been wrong gets an interval that
    /// excludes being always right. With no record at all the interval is the prior's.
    /// </summary>
    public static (double Lower, double Upper) Interval(double a, double b, double successes, double evidence)
    {
        var hasRecord = evidence >= 1;
        var lower = hasRecord && successes < 0.5 ? 0 : BetaDistribution.InverseCdf(0.025, a, b);
        var upper = hasRecord && evidence - successes < 0.5 ? 1 : BetaDistribution.InverseCdf(0.975, a, b);
        return (lower, upper);
    }

    private static bool IsDisputed(TruthFact fact)
    {
        var first = fact.Claims[0].Candidate;
        return fact.Claims.Any(c => c.Candidate != first);
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
