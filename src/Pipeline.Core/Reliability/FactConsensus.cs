namespace Pipeline.Core.Reliability;

/// <summary>What the sources say about one fact: the consensus value, how sure, and who disagrees.</summary>
public sealed record FactConsensus(
    string FactKey,
    double? Value,
    double Confidence,
    IReadOnlyList<string> AgreeingSources,
    IReadOnlyList<SourceValue> Conflicts)
{
    public bool IsContested => Conflicts.Count > 0;
}

/// <summary>A source and the value it stated.</summary>
public sealed record SourceValue(string Source, double? Value, string ClaimId);
