using Pipeline.Core.Reliability.Consistency;

namespace Pipeline.Core.Reliability.Rollup;

/// <summary>
/// A source's running tally: evidence, counts and explanation lines. Facts can be added and (for an incremental
/// recompute) taken back out, because each fact carries its exact contributions.
/// </summary>
internal sealed class SourceTally(string source)
{
    private readonly Dictionary<string, FactEvidence> _agreed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FactEvidence> _contradicted = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RecognisedCopy> _copies = new(StringComparer.Ordinal);
    private readonly List<ConsistencyFlag> _flags = [];
    private double _correct;
    private double _evidence;
    private int _claims;
    private int _agreements;
    private int _contradictions;
    private int _unique;
    private int _hedged;
    private int _copyCount;

    public string Source => source;

    public double Correct => _correct;

    public double Evidence => _evidence;

    public static SourceTally From(SourceReliability prior)
    {
        var tally = new SourceTally(prior.Source);
        tally.Restore(prior);
        return tally;
    }

    public void Apply(FactConsensus fact, SourceContribution c, int sign, IReadOnlyList<string> backers)
    {
        _correct += sign * c.Weight * c.Correctness;
        _evidence += sign * c.Weight;
        _claims += sign;
        _hedged += c.Hedged ? sign : 0;
        _agreements += c.Outcome == ClaimOutcome.Agreed ? sign : 0;
        _contradictions += c.Outcome == ClaimOutcome.Contradicted ? sign : 0;
        _unique += c.Outcome == ClaimOutcome.Unique ? sign : 0;
        _copyCount += c.Outcome == ClaimOutcome.Copy ? sign : 0;
        var key = fact.FactKey + "\n" + c.ClaimId;
        var line = new FactEvidence(fact.FactKey, c.ClaimId, c.Stated, fact.Value.Label, c.Correctness, backers);
        Update(c.Outcome == ClaimOutcome.Agreed ? _agreed : c.Outcome == ClaimOutcome.Contradicted ? _contradicted : null, key, line, sign);
        if (c.Outcome == ClaimOutcome.Copy && fact.Copies.FirstOrDefault(x => x.ClaimId == c.ClaimId) is { } copy)
        {
            Update(_copies, key, copy, sign);
        }
    }

    public void Flag(ConsistencyFlag flag, double penalty)
    {
        _flags.Add(flag);
        _evidence += penalty;
    }

    public SourceReliability ToReliability(double priorMean, RollupOptions options)
    {
        var k = options.Truth.PriorStrength;
        var a = (k * priorMean) + Math.Max(0, _correct);
        var b = (k * (1 - priorMean)) + Math.Max(0, _evidence - _correct);
        var cap = options.MaxExplanationItems;
        var explanation = new SourceExplanation(
            _agreed.Values.OrderBy(e => e.FactKey, StringComparer.Ordinal).ThenBy(e => e.ClaimId, StringComparer.Ordinal).Take(cap).ToList(),
            _contradicted.Values.OrderBy(e => e.Correctness).ThenBy(e => e.FactKey, StringComparer.Ordinal).ThenBy(e => e.ClaimId, StringComparer.Ordinal).Take(cap).ToList(),
            _copies.Values.OrderBy(e => e.ClaimId, StringComparer.Ordinal).Take(cap).ToList(),
            _flags.OrderBy(f => f.ArticleId, StringComparer.Ordinal).ThenBy(f => f.Kind).Take(cap).ToList());
        var (lower, upper) = Methods.SourceScoring.Interval(a, b, _correct, _evidence);
        return new SourceReliability(source, a / (a + b), lower, upper,
            _claims, _agreements, _contradictions, _unique, _hedged, _copyCount, _flags.Count, _correct, _evidence, explanation);
    }

    private static void Update<T>(Dictionary<string, T>? lines, string key, T line, int sign)
    {
        if (lines is null)
        {
            return;
        }

        if (sign > 0)
        {
            lines[key] = line;
        }
        else
        {
            lines.Remove(key);
        }
    }

    private void Restore(SourceReliability prior)
    {
        (_correct, _evidence, _claims) = (prior.Correct, prior.Evidence, prior.Claims);
        (_agreements, _contradictions, _unique, _hedged, _copyCount) = (prior.Agreements, prior.Contradictions, prior.Unique, prior.Hedged, prior.Copies);
        foreach (var e in prior.Explanation.Agreed)
        {
            _agreed[e.FactKey + "\n" + e.ClaimId] = e;
        }

        foreach (var e in prior.Explanation.Contradicted)
        {
            _contradicted[e.FactKey + "\n" + e.ClaimId] = e;
        }

        _flags.AddRange(prior.Explanation.Flags);
    }
}
