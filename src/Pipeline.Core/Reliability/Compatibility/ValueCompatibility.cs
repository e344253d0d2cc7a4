namespace Pipeline.Core.Reliability.Compatibility;

/// <summary>
/// How far a claim supports a candidate truth, in [0, 1]: 1 when the candidate lies inside what the claim allows
/// ("nearly 800" allows 780; "more than 250" does not allow 246), fading to 0 over one slack width outside it.
/// Dates support each other when their spans overlap. Different kinds never support each other.
/// </summary>
public static class ValueCompatibility
{
    public static double Support(StatedValue claim, StatedValue truth)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(truth);
        if (claim.Kind != truth.Kind)
        {
            return 0;
        }

        if (claim.Kind == ValueKind.Text)
        {
            return string.Equals(claim.Label, truth.Label, StringComparison.Ordinal) ? 1 : 0;
        }

        if (claim.Kind == ValueKind.Date)
        {
            return truth.CoreLower <= claim.Upper && claim.Lower <= truth.CoreUpper ? 1 : 0;
        }

        if (!truth.IsFirm)
        {
            // An open candidate ("more than 250") is only implied by a claim whose range contains all of it.
            return truth.CoreLower >= claim.Lower && truth.CoreUpper <= claim.Upper ? 1 : 0;
        }

        var distance = Math.Max(0, Math.Max(claim.Lower - truth.CoreUpper, truth.CoreLower - claim.Upper));
        return distance == 0 ? 1 : Math.Max(0, 1 - (distance / Math.Max(claim.Slack, double.Epsilon)));
    }

    /// <summary>Two claims agree when either allows the other's stated value.</summary>
    public static bool Agree(StatedValue a, StatedValue b) => Support(a, b) >= 0.999 || Support(b, a) >= 0.999;
}
