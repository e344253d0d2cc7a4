namespace Pipeline.Core.Claims;

/// <summary>Whether a count is per party ("each side released 390") or the whole ("2,000 in total").</summary>
public enum ClaimScope
{
    PerSide,
    Total,
}
