namespace Pipeline.Core.Reliability.Methods;

/// <summary>Small vector helpers the methods share.</summary>
internal static class Beliefs
{
    public static double[] Normalise(double[] scores)
    {
        var sum = scores.Sum();
        if (sum <= 0)
        {
            Array.Fill(scores, 1.0 / scores.Length);
            return scores;
        }

        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] /= sum;
        }

        return scores;
    }

    /// <summary>Softmax shifted by the max, so large confidences do not overflow.</summary>
    public static double[] Softmax(double[] scores)
    {
        var max = scores.Max();
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = Math.Exp(scores[i] - max);
        }

        return Normalise(scores);
    }

    public static int ArgMax(IReadOnlyList<double> values)
    {
        var best = 0;
        for (var i = 1; i < values.Count; i++)
        {
            if (values[i] > values[best] + 1e-12)
            {
                best = i;
            }
        }

        return best;
    }

    public static int[] ArgMax(IReadOnlyList<IReadOnlyList<double>> beliefs) => beliefs.Select(ArgMax).ToArray();

    public static double MaxChange(double[] before, SourceEstimate[] after)
    {
        double change = 0;
        for (var s = 0; s < before.Length; s++)
        {
            change = Math.Max(change, Math.Abs(before[s] - after[s].Accuracy));
        }

        return change;
    }
}
