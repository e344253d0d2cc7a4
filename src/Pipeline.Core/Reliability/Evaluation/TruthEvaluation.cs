using System.Diagnostics;
using Pipeline.Core.Reliability.Methods;

namespace Pipeline.Core.Reliability.Evaluation;

/// <summary>Runs a method on a parsed dataset and scores it against gold, unsupervised (gold is only read here).</summary>
public static class TruthEvaluation
{
    public static TruthMetrics Run(TruthDataset dataset, ITruthMethod method, int minEvaluatedClaims = 5)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(method);
        var clock = Stopwatch.StartNew();
        var result = method.Run(dataset.Problem);
        clock.Stop();
        var exact = dataset.Gold.Count(g => g.Exact.Contains(result.Truth[g.Fact]));
        var lenient = dataset.Gold.Count(g => g.Lenient.Contains(result.Truth[g.Fact]));
        var sources = TrueSourceAccuracy(dataset, minEvaluatedClaims);
        var estimated = sources.Select(s => result.Sources[s.Source]).ToList();
        var truth = sources.Select(s => s.Accuracy).ToList();
        var covered = sources.Count(s => s.Accuracy >= result.Sources[s.Source].Lower - 1e-9 && s.Accuracy <= result.Sources[s.Source].Upper + 1e-9);
        var predicted = sources.Count(s => WithinPrediction(result.Sources[s.Source], s.Accuracy, s.Claims));
        var count = Math.Max(1, dataset.Gold.Count);
        return new TruthMetrics(
            dataset.Name,
            method.Name,
            dataset.Gold.Count,
            (double)exact / count,
            (double)lenient / count,
            minEvaluatedClaims,
            sources.Count,
            Statistics.Spearman(estimated.Select(e => e.Accuracy).ToList(), truth),
            sources.Count == 0 ? double.NaN : sources.Average(s => Math.Abs(result.Sources[s.Source].Accuracy - s.Accuracy)),
            sources.Count == 0 ? double.NaN : (double)covered / sources.Count,
            sources.Count == 0 ? double.NaN : (double)predicted / sources.Count,
            result.Iterations,
            clock.Elapsed);
    }

    /// <summary>
    /// Whether the accuracy measured on <paramref name="claims"/> gold claims is one the source's posterior predicts for
    /// a sample that size. Only the count of gold claims is used, never which of them are right.
    /// </summary>
    public static bool WithinPrediction(SourceEstimate estimate, double measured, int claims)
    {
        var (lower, upper) = BetaDistribution.PredictiveRange(claims, estimate.Alpha, estimate.Beta);
        var right = (int)Math.Round(measured * claims);
        return right >= lower && right <= upper;
    }

    /// <summary>Each source's share of correct claims on gold facts, for sources with enough of them.</summary>
    public static IReadOnlyList<(int Source, double Accuracy, int Claims)> TrueSourceAccuracy(TruthDataset dataset, int minEvaluatedClaims)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var problem = dataset.Problem;
        var right = new int[problem.Sources.Count];
        var total = new int[problem.Sources.Count];
        foreach (var gold in dataset.SourceGold)
        {
            var accepted = dataset.LenientSourceAccuracy ? gold.Lenient : gold.Exact;
            foreach (var claim in problem.Facts[gold.Fact].Claims)
            {
                total[claim.Source]++;
                right[claim.Source] += accepted.Contains(claim.Candidate) ? 1 : 0;
            }
        }

        return Enumerable.Range(0, total.Length)
            .Where(s => total[s] >= minEvaluatedClaims)
            .Select(s => (s, (double)right[s] / total[s], total[s]))
            .ToList();
    }
}
