namespace Pipeline.Core.Reliability.Methods;

/// <summary>
/// What two sources' overlap says about copying: soft counts of shared true and shared false values, the count of
/// differing values, and Depen's log likelihood ratio of independence over copying accumulated per fact
/// (so each fact uses its own number of false values).
/// </summary>
internal sealed class PairEvidence
{
    private const double Error = 0.2;

    public double SharedTrue { get; private set; }

    public double SharedFalse { get; private set; }

    public int Different { get; private set; }

    public int Shared { get; private set; }

    /// <summary>ln of P(Φ | independent) / P(Φ | copying).</summary>
    public double LogLikelihoodRatio { get; private set; }

    public static long Key(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;

    public static (int A, int B) Split(long key) => ((int)(key >> 32), (int)(key & 0xFFFFFFFF));

    public static Dictionary<long, PairEvidence> Collect(TruthProblem problem, IReadOnlyList<IReadOnlyList<double>> beliefs, TruthOptions options)
    {
        var c = options.CopyRate;
        var pairs = new Dictionary<long, PairEvidence>();
        for (var f = 0; f < problem.Facts.Count; f++)
        {
            var claims = problem.Facts[f].Claims;
            var n = Math.Max(1, problem.Facts[f].CandidateCount - 1);
            var trueTerm = Math.Log((1 - Error) / (1 - Error + (c * Error)));
            var falseTerm = Math.Log(Error / ((c * n) + Error - (c * Error)));
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
