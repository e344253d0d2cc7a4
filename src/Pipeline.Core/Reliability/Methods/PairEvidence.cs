namespace Pipeline.Core.Reliability.Methods;

/// <summary>
/// What two sources' overlap says about copying: soft counts of shared true and shared false values, the count of
/// differing values, and Depen's log likelihood ratio of independence over copying accumulated per fact
/// (so each fact uses its own number of false values).
/// </summary>
internal sealed class PairEvidence
{
    public double SharedTrue { get; private set; }

    public double SharedFalse { get; private set; }

    public int Different { get; private set; }

    public int Shared { get; private set; }

    /// <summary>ln of P(Φ | independent) / P(Φ | copying).</summary>
    public double LogLikelihoodRatio { get; private set; }

    public static long Key(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;

    public static (int A, int B) Split(long key) => ((int)(key >> 32), (int)(key & 0xFFFFFFFF));

    public static Dictionary<long, PairEvidence> Collect(TruthProblem problem, IReadOnlyList<IReadOnlyList<double>> beliefs, double[] accuracy, TruthOptions options)
    {
        var c = options.CopyRate;
        var pairs = new Dictionary<long, PairEvidence>(PairKeyComparer.Instance);
        for (var f = 0; f < problem.Facts.Count; f++)
        {
            var claims = problem.Facts[f].Claims;
            var n = Math.Max(1, problem.Facts[f].CandidateCount - 1);
            for (var i = 0; i < claims.Count; i++)
            {
                for (var j = i + 1; j < claims.Count; j++)
                {
                    var key = Key(claims[i].Source, claims[j].Source);
                    if (!pairs.TryGetValue(key, out var e))
                    {
                        e = new PairEvidence();
                        pairs[key] = e;
                    }

                    var (trueTerm, falseTerm) = Terms(accuracy[claims[i].Source], accuracy[claims[j].Source], n, c);
                    e.Add(claims[i].Candidate == claims[j].Candidate ? beliefs[f][claims[i].Candidate] : -1, trueTerm, falseTerm, c);
                }
            }
        }

        return pairs;
    }

    /// <summary>
    /// ln P(same value | independent) / P(same value | copying), for a shared true and a shared false value, with each
    /// source's own accuracy: two independent sources share the truth with probability a1·a2 and a false value with
    /// (1−a1)(1−a2)/n; a copier repeats its original (of the pair's mean accuracy) with rate c. Squaring the mean
    /// accuracy instead overstates how often a strong and a weak source agree by chance.
    /// </summary>
    private static (double TrueTerm, double FalseTerm) Terms(double a1, double a2, int falseValues, double c)
    {
        a1 = Math.Clamp(a1, 0.01, 0.99);
        a2 = Math.Clamp(a2, 0.01, 0.99);
        var original = (a1 + a2) / 2;
        var sameTrue = a1 * a2;
        var sameFalse = (1 - a1) * (1 - a2) / falseValues;
        return (Math.Log(sameTrue / ((c * original) + ((1 - c) * sameTrue))),
            Math.Log(sameFalse / ((c * (1 - original)) + ((1 - c) * sameFalse))));
    }

    private void Add(double pTrueIfSame, double trueTerm, double falseTerm, double copyRate)
    {
        Shared++;
        if (pTrueIfSame < 0)
        {
            Different++;
            LogLikelihoodRatio += Math.Log(1 / (1 - copyRate));
            return;
        }

        SharedTrue += pTrueIfSame;
        SharedFalse += 1 - pTrueIfSame;
        LogLikelihoodRatio += (pTrueIfSame * trueTerm) + ((1 - pTrueIfSame) * falseTerm);
    }
}
