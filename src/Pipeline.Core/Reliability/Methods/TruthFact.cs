namespace Pipeline.Core.Reliability.Methods;

/// <summary>
/// One data item: its candidate values, the claims on it, and how far a claim of one candidate supports another.
/// </summary>
/// <remarks>
/// <see cref="Support"/> is row-major, [claimed * CandidateCount + truth], values in [0, 1]. It is
/// asymmetric on purpose: "in France" fully supports a truth of "Paris", but "Paris" does not support "France"
/// as the most specific truth. Null means plain equality (categorical values).
/// </remarks>
public sealed class TruthFact
{
    private readonly double[]? _support;

    public TruthFact(string key, int candidateCount, IReadOnlyList<TruthClaim> claims, double[]? support = null, bool implies = false)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentOutOfRangeException.ThrowIfLessThan(candidateCount, 1);
        if (support is not null && support.Length != checked(candidateCount * candidateCount))
        {
            throw new ArgumentException("Support must be a square matrix over the candidates.", nameof(support));
        }

        Key = key;
        CandidateCount = candidateCount;
        Claims = claims;
        _support = support;
        Implies = implies;
    }

    /// <summary>
    /// True when support is logical implication (a claim of a region implies its places), applied in full;
    /// false when it is similarity (390 vs 392), which methods damp so close values do not tie.
    /// </summary>
    public bool Implies { get; }

    public string Key { get; }

    public int CandidateCount { get; }

    public IReadOnlyList<TruthClaim> Claims { get; }

    public bool HasSimilarity => _support is not null;

    /// <summary>How much a claim of <paramref name="claimed"/> supports <paramref name="truth"/> being true.</summary>
    public double SupportOf(int claimed, int truth) =>
        _support is null ? (claimed == truth ? 1 : 0) : claimed == truth ? 1 : _support[(claimed * CandidateCount) + truth];
}
