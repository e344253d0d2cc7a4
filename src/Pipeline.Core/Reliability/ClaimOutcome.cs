namespace Pipeline.Core.Reliability;

/// <summary>How one claim counted for its source.</summary>
public enum ClaimOutcome
{
    Agreed,
    Contradicted,

    /// <summary>No other independent source spoke about the fact: nothing to check against.</summary>
    Unique,

    /// <summary>From a near-duplicate article: recognised, adds no evidence.</summary>
    Copy,

    /// <summary>The source already voted on this fact in another claim: one vote per source per fact.</summary>
    Repeat,
}
