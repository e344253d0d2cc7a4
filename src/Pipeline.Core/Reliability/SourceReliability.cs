namespace Pipeline.Core.Reliability;

/// <summary>
/// A source's reliability: Beta-posterior mean <see cref="Score"/> with its 95% credible interval, the counts behind
/// it, and the raw tallies (<see cref="Correct"/> of <see cref="Evidence"/>) an incremental recompute adjusts.
/// </summary>
public sealed record SourceReliability(
    string Source,
    double Score,
    double Lower,
    double Upper,
    int Claims,
    int Agreements,
    int Contradictions,
    int Unique,
    int Hedged,
    int Copies,
    int Flags,
    double Correct,
    double Evidence,
    SourceExplanation Explanation)
{
    /// <summary>Agreements over checked claims; null when nothing could be checked against another source.</summary>
    public double? AgreementRate => Agreements + Contradictions == 0 ? null : (double)Agreements / (Agreements + Contradictions);
}
