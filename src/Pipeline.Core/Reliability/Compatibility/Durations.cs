namespace Pipeline.Core.Reliability.Compatibility;

/// <summary>Converts duration units to days, so "three weeks" and "21 days" compare as one figure.</summary>
public static class Durations
{
    public static double DaysPer(string? unit) => unit?.Trim().ToUpperInvariant().TrimEnd('S') switch
    {
        "SECOND" or "SEC" => 1.0 / 86_400,
        "MINUTE" or "MIN" => 1.0 / 1_440,
        "HOUR" or "HR" or "H" => 1.0 / 24,
        "WEEK" or "WK" => 7,
        "MONTH" => 30.436875,
        "YEAR" or "YR" => 365.2425,
        "DECADE" => 3652.425,
        _ => 1,
    };
}
