namespace Pipeline.Core.Reliability.Methods;

/// <summary>
/// TruthFinder (Yin, Han, Yu, KDD'07; report §1.3) with the paper's constants: ρ = 0.5, γ = 0.3, t₀ = 0.9,
/// base_sim = 0.5. Trust is the plain mean of its facts' confidences, as published; intervals still come from
/// the shared Beta scoring so every method reports comparable uncertainty.
/// </summary>
public sealed class TruthFinder(TruthOptions? options = null) : ITruthMethod
{
    private const double Rho = 0.5;
    private const double Gamma = 0.3;
    private const double InitialTrust = 0.9;
    private const double BaseSimilarity = 0.5;
    private const double MaxTrust = 0.9999;
    private readonly TruthOptions _options = options ?? TruthOptions.Default;

    public string Name => "truthfinder";

    public TruthResult Run(TruthProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var trust = Enumerable.Repeat(InitialTrust, problem.Sources.Count).ToArray();
        var confidence = new double[problem.Facts.Count][];
        var iteration = 0;
        while (iteration++ < _options.MaxIterations)
        {
            for (var f = 0; f < confidence.Length; f++)
            {
                confidence[f] = FactConfidence(problem.Facts[f], trust);
            }

            var next = Trust(problem, confidence);
            var converged = 1 - Cosine(trust, next) < 1e-5;
            trust = next;
            if (converged)
            {
                break;
            }
        }

        var beliefs = confidence.Select(c => (IReadOnlyList<double>)Beliefs.Normalise((double[])c.Clone())).ToArray();
        return new TruthResult(Name, beliefs, Beliefs.ArgMax(beliefs), SourceScoring.Estimate(problem, beliefs, _options), [], iteration);
    }

    private static double[] FactConfidence(TruthFact fact, double[] trust)
    {
        var sigma = new double[fact.CandidateCount];
        foreach (var claim in fact.Claims)
        {
            sigma[claim.Candidate] += claim.Weight * -Math.Log(1 - Math.Min(trust[claim.Source], MaxTrust));
        }

        var result = new double[fact.CandidateCount];
        for (var f = 0; f < result.Length; f++)
        {
            var adjusted = sigma[f];
            for (var other = 0; other < result.Length; other++)
            {
                if (other != f)
                {
                    adjusted += Rho * sigma[other] * (fact.SupportOf(other, f) - BaseSimilarity);
                }
            }

            result[f] = 1 / (1 + Math.Exp(-Gamma * adjusted));
        }

        return result;
    }

    private static double[] Trust(TruthProblem problem, double[][] confidence)
    {
        var trust = new double[problem.Sources.Count];
        for (var s = 0; s < trust.Length; s++)
        {
            var claims = problem.ClaimsBySource[s];
            double sum = 0;
            foreach (var (f, c) in claims)
            {
                sum += confidence[f][problem.Facts[f].Claims[c].Candidate];
            }

            trust[s] = claims.Length == 0 ? InitialTrust : sum / claims.Length;
        }

        return trust;
    }

    private static double Cosine(double[] a, double[] b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }

        return na == 0 || nb == 0 ? 1 : dot / Math.Sqrt(na * nb);
    }
}
