using Pipeline.Core.Reliability.Methods;

namespace Pipeline.Core.Reliability.Evaluation;

/// <summary>
/// Collects (fact, source, value) triples into a <see cref="TruthProblem"/>: one vote per source per fact
/// (the last one read wins, as a later edit replaces an earlier one), candidates in order of first appearance.
/// </summary>
internal sealed class ProblemBuilder
{
    private readonly Dictionary<string, int> _sourceIndex = new(StringComparer.Ordinal);
    private readonly List<string> _sources = [];
    private readonly Dictionary<string, int> _factIndex = new(StringComparer.Ordinal);
    private readonly List<string> _factKeys = [];
    private readonly List<List<string>> _labels = [];
    private readonly List<Dictionary<int, int>> _votes = [];

    public IReadOnlyList<string> FactKeys => _factKeys;

    public IReadOnlyList<IReadOnlyList<string>> Labels => _labels;

    public bool TryGetFact(string key, out int fact) => _factIndex.TryGetValue(key, out fact);

    public void Add(string factKey, string source, string value)
    {
        if (!_factIndex.TryGetValue(factKey, out var f))
        {
            f = _factKeys.Count;
            _factIndex[factKey] = f;
            _factKeys.Add(factKey);
            _labels.Add([]);
            _votes.Add([]);
        }

        if (!_sourceIndex.TryGetValue(source, out var s))
        {
            s = _sources.Count;
            _sourceIndex[source] = s;
            _sources.Add(source);
        }

        var candidate = _labels[f].IndexOf(value);
        if (candidate < 0)
        {
            candidate = _labels[f].Count;
            _labels[f].Add(value);
        }

        _votes[f][s] = candidate;
    }

    /// <summary>Builds the problem; <paramref name="support"/> gives a fact's support matrix from its labels, or null.</summary>
    public TruthProblem Build(Func<IReadOnlyList<string>, double[]?>? support = null, bool implies = false)
    {
        var facts = new TruthFact[_factKeys.Count];
        for (var f = 0; f < facts.Length; f++)
        {
            var claims = _votes[f].OrderBy(v => v.Key).Select(v => new TruthClaim(v.Key, v.Value, 1)).ToArray();
            var labels = _labels[f];
            facts[f] = new TruthFact(_factKeys[f], labels.Count, claims, labels.Count > 1 ? support?.Invoke(labels) : null, implies);
        }

        return new TruthProblem(_sources, facts);
    }
}
