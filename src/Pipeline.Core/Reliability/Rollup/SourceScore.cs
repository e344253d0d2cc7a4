using Pipeline.Core.Reliability.Consistency;

namespace Pipeline.Core.Reliability.Rollup;

/// <summary>A source's reliability from its ledger totals and flags: a Beta posterior on its tier's prior.</summary>
internal static class SourceScore
{
    /// <summary>Correct mass and evidence, each consistency flag counting as evidence against the source.</summary>
    public static (double Correct, double Evidence) Evidence(LedgerTotals totals, int flags, RollupOptions options) =>
        (totals.Correct, totals.Evidence + (flags * options.ConsistencyPenalty));

    public static SourceReliability From(string source, LedgerTotals totals, IReadOnlyList<ConsistencyFlag> flags, IReadOnlyList<double> priorMeans, RollupOptions options)
    {
        var (correct, evidence) = Evidence(totals, flags.Count, options);
        var priorMean = priorMeans[Math.Min(Methods.SourceScoring.Tier(evidence), priorMeans.Count - 1)];
        var k = options.Truth.PriorStrength;
        var a = (k * priorMean) + Math.Max(0, correct);
        var b = (k * (1 - priorMean)) + Math.Max(0, evidence - correct);
        var cap = options.MaxExplanationItems;
        var explanation = new SourceExplanation(
            totals.Agreed.Take(cap).ToList(),
            totals.Contradicted.Take(cap).ToList(),
            totals.CopiesShown.Take(cap).ToList(),
            flags.OrderBy(f => f.ArticleId, StringComparer.Ordinal).ThenBy(f => f.Kind).Take(cap).ToList());
        var (lower, upper) = Methods.SourceScoring.Interval(a, b, correct, evidence);
        return new SourceReliability(source, a / (a + b), lower, upper,
            totals.Claims, totals.Agreements, totals.Contradictions, totals.Unique, totals.Hedged, totals.Copies, flags.Count, correct, evidence, explanation);
    }
}
