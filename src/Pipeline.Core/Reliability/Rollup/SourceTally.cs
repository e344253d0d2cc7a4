using Pipeline.Core.Reliability.Consistency;

namespace Pipeline.Core.Reliability.Rollup;

/// <summary>
/// A source's tally over its ledger: evidence, counts and explanation lines.
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

    public void Add(SourceLedgerEntry entry)
    {
        var c = entry.Contribution;
        _correct += c.Weight * c.Correctness;
        _evidence += c.Weight;
        _claims++;
        _hedged += c.Hedged ? 1 : 0;
        var key = entry.FactKey + "\n" + c.ClaimId;
        var line = new FactEvidence(entry.FactKey, c.ClaimId, c.Stated, entry.Consensus, c.Correctness, entry.BackedBy);
        switch (c.Outcome)
        {
            case ClaimOutcome.Agreed:
                _agreements++;
                _agreed[key] = line;
                break;
            case ClaimOutcome.Contradicted:
                _contradictions++;
                _contradicted[key] = line;
                break;
            case ClaimOutcome.Unique:
                _unique++;
                break;
            case ClaimOutcome.Copy:
                _copyCount++;
                if (entry.Copy is { } copy)
                {
                    _copies[key] = copy;
                }

                break;
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
        return new SourceReliability(source, a / (a + b), Methods.BetaDistribution.InverseCdf(0.025, a, b), Methods.BetaDistribution.InverseCdf(0.975, a, b),
            _claims, _agreements, _contradictions, _unique, _hedged, _copyCount, _flags.Count, _correct, _evidence, explanation);
    }
}
