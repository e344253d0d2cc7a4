namespace Pipeline.Core.Reliability.Methods;

/// <summary>
/// The empirical-Bayes prior on source accuracy (report §1.11) and the posterior it gives. The mean is estimated per
/// activity tier; the strength stays a few pseudo-claims. A method-of-moments strength (a0 + b0 = m(1−m)/v − 1 over
/// sources with enough evidence) was tried: the spread of regulars understates that of small sources, the prior came
/// out far too strong, and Heritages' interval coverage fell from 0.90 to 0.67.
/// </summary>
internal sealed class SourcePrior
{
    private SourcePrior(double[] tierMeans, double strength)
    {
        TierMeans = tierMeans;
        Strength = strength;
    }

    public IReadOnlyList<double> TierMeans { get; }

    public double Strength { get; }

    public static SourcePrior Fit(SourceTallies tallies, TruthOptions options)
    {
        var means = SourceScoring.TierMeans(tallies.Correct, tallies.Evidence);
        return new SourcePrior(means, options.PriorStrength);
    }

    /// <summary>
    /// The Beta posterior, moment-matched so its variance also holds the consensus uncertainty of the credit:
    /// Var = Var_Beta + Σ w²p(1−p) / (a+b)².
    /// </summary>
    public (double A, double B) Posterior(SourceTallies tallies, int source)
    {
        var mean = TierMeans[SourceScoring.Tier(tallies.Evidence[source])];
        var a = (Strength * mean) + tallies.Correct[source];
        var b = (Strength * (1 - mean)) + Math.Max(0, tallies.Evidence[source] - tallies.Correct[source]);
        var n = a + b;
        var m = a / n;
        var variance = (m * (1 - m) / (n + 1)) + (tallies.CreditVariance[source] / (n * n));
        var matched = Math.Min(n, (m * (1 - m) / variance) - 1);
        return matched > 0 ? (m * matched, (1 - m) * matched) : (a, b);
    }
}
