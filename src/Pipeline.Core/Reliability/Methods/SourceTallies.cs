namespace Pipeline.Core.Reliability.Methods;

/// <summary>
/// Per source: the credit its claims earned, the evidence they carry, and how uncertain the credit is because the
/// consensus itself is uncertain (Σ w²·p·(1−p): a claim on a 60/40 fact is right or wrong with those odds).
/// </summary>
internal sealed class SourceTallies(int sources)
{
    public double[] Correct { get; } = new double[sources];

    public double[] Evidence { get; } = new double[sources];

    public double[] CreditVariance { get; } = new double[sources];

    public int Count => Correct.Length;

    public void Add(int source, double weight, double credit)
    {
        Correct[source] += weight * credit;
        Evidence[source] += weight;
        CreditVariance[source] += weight * weight * credit * (1 - credit);
    }
}
