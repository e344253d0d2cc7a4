namespace Pipeline.Core.Reliability.Methods;

/// <summary>
/// ACCU's Bayesian vote with AccuSim's similarity term (Dong et al. VLDB'09, report §1.4), optionally with
/// Depen copy detection (AccuCopy). Source accuracy is the Beta-posterior mean of SourceScoring rather than a
/// plain mean, so a source with one lucky claim is shrunk towards its tier instead of reaching 1.
/// </summary>
public sealed class AccuSim(TruthOptions? options = null, bool detectCopies = false) : ITruthMethod
{
    private const double MinAccuracy = 0.01;
    private const double MaxAccuracy = 0.99;
    private const int CopyRounds = 5;
    private readonly TruthOptions _options = options ?? TruthOptions.Default;

    public string Name => detectCopies ? "accucopy" : "accusim";

    public TruthResult Run(TruthProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var accuracy = Enumerable.Repeat(_options.InitialAccuracy, problem.Sources.Count).ToArray();
        double[][]? independence = null;
        IReadOnlyList<SourceDependence> dependencies = [];
        IReadOnlyList<IReadOnlyList<double>> beliefs = [];
        var iteration = 0;
        while (iteration++ < _options.MaxIterations)
        {
            beliefs = Vote(problem, accuracy, independence);
            // Dependence settles in a few rounds; holding it fixed afterwards keeps the quadratic pair scan off the hot loop.
            if (detectCopies && iteration >= 2 && iteration <= CopyRounds + 1)
            {
                (independence, dependencies) = CopyDetection.Discount(problem, beliefs, accuracy, _options);
            }

            var estimates = SourceScoring.Estimate(SourceScoring.Tally(problem, beliefs), _options, withIntervals: false);
            var change = Beliefs.MaxChange(accuracy, estimates);
            accuracy = estimates.Select(e => e.Accuracy).ToArray();
            if (change < _options.Tolerance && (!detectCopies || iteration >= 3))
            {
                break;
            }
        }

        return new TruthResult(Name, beliefs, Beliefs.ArgMax(beliefs), SourceScoring.Estimate(problem, beliefs, _options), dependencies, iteration);
    }

    internal IReadOnlyList<double>[] Vote(TruthProblem problem, double[] accuracy, double[][]? independence)
    {
        var beliefs = new IReadOnlyList<double>[problem.Facts.Count];
        for (var f = 0; f < beliefs.Length; f++)
        {
            var fact = problem.Facts[f];
            var falseValues = Math.Max(1, fact.CandidateCount - 1);
            var confidence = new double[fact.CandidateCount];
            for (var c = 0; c < fact.Claims.Count; c++)
            {
                var claim = fact.Claims[c];
                var a = Math.Clamp(accuracy[claim.Source], MinAccuracy, MaxAccuracy);
                var vote = claim.Weight * (independence?[f][c] ?? 1) * Math.Log(falseValues * a / (1 - a));
                Spread(fact, claim.Candidate, vote, confidence);
            }

            beliefs[f] = Beliefs.Softmax(confidence);
        }

        return beliefs;
    }

    /// <summary>C*(v) = C(v) + ρ·Σ C(v')·sim(v', v): a vote also lends weight to the values it is close to.</summary>
    private void Spread(TruthFact fact, int claimed, double vote, double[] confidence)
    {
        confidence[claimed] += vote;
        if (!fact.HasSimilarity)
        {
            return;
        }

        var weight = fact.Implies ? 1 : _options.SimilarityWeight;
        for (var t = 0; t < fact.CandidateCount; t++)
        {
            if (t != claimed)
            {
                confidence[t] += weight * vote * fact.SupportOf(claimed, t);
            }
        }
    }
}
