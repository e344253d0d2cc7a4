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

                    // The pair's own error rate: two poor sources share false values by chance far more often.
                    var error = Math.Clamp(1 - ((accuracy[claims[i].Source] + accuracy[claims[j].Source]) / 2), 0.01, 0.99);
                    var trueTerm = Math.Log((1 - error) / (c + ((1 - c) * (1 - error))));
                    var falseTerm = Math.Log(error / ((c * n) + ((1 - c) * error)));
                    e.Add(claims[i].Candidate == claims[j].Candidate ? beliefs[f][claims[i].Candidate] : -1, trueTerm, falseTerm, c);
                }
            }
        }

        return pairs;
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
