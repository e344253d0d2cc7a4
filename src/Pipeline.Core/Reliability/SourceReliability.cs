namespace Pipeline.Core.Reliability;

/// <summary>A source's track record over the facts it shares with others.</summary>
public sealed record SourceReliability(
    string Source,
    int Claims,
    int Agreements,
    int Contradictions,
    int Unique,
    int Hedged)
{
    /// <summary>Agreements over checked claims; null when nothing could be checked against another source.</summary>
    public double? AgreementRate => Agreements + Contradictions == 0 ? null : (double)Agreements / (Agreements + Contradictions);
}
