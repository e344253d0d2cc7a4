namespace Pipeline.Core.Reliability.Methods;

/// <summary>The input of every truth-discovery method: named sources and the facts they make claims about.</summary>
public sealed class TruthProblem
{
    public TruthProblem(IReadOnlyList<string> sources, IReadOnlyList<TruthFact> facts)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(facts);
        Sources = sources;
        Facts = facts;
        ClaimsBySource = Index(sources.Count, facts);
    }

    public IReadOnlyList<string> Sources { get; }

    public IReadOnlyList<TruthFact> Facts { get; }

    /// <summary>For each source, its claims as (fact index, claim index within the fact).</summary>
    internal (int Fact, int Claim)[][] ClaimsBySource { get; }

    public int ClaimCount => Facts.Sum(f => f.Claims.Count);

    private static (int Fact, int Claim)[][] Index(int sourceCount, IReadOnlyList<TruthFact> facts)
    {
        var counts = new int[sourceCount];
        foreach (var fact in facts)
        {
            foreach (var claim in fact.Claims)
            {
                counts[claim.Source]++;
            }
        }

        var index = counts.Select(c => new (int, int)[c]).ToArray();
        Array.Clear(counts);
        for (var f = 0; f < facts.Count; f++)
        {
            var claims = facts[f].Claims;
            for (var c = 0; c < claims.Count; c++)
            {
                var s = claims[c].Source;
                index[s][counts[s]++] = (f, c);
            }
        }

        return index;
    }
}
