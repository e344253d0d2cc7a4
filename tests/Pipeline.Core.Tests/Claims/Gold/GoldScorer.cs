using System.Globalization;
using System.Text.Json;
using Pipeline.Core.Claims;

namespace Pipeline.Core.Tests.Claims.Gold;

/// <summary>
/// Scores extracted claims against the gold with the meta rules: a prediction matches a gold claim when the spans overlap,
/// the types agree and the values are equal; qualifiers are checked separately on matched pairs.
/// Contract kinds map to gold types as follows: count and amount → count; percentage and ratio → ratio; the date kinds,
/// duration, ordinal and superlative keep their names; quotes are scored against the gold's quote list, not here.
/// The gold types length, age, time and event_status have no contract kind, so they can only be missed (recall).
/// </summary>
public static class GoldScorer
{
    public static string? GoldType(ClaimKind kind) => kind switch
    {
        ClaimKind.Count or ClaimKind.Amount => "count",
        ClaimKind.Percentage or ClaimKind.Ratio => "ratio",
        ClaimKind.Quote => null,
        _ => ContractNames.Of(kind),
    };

    public static bool Overlaps(int start, int end, int otherStart, int otherEnd) => start < otherEnd && otherStart < end;

    public static bool Matches(Claim claim, GoldClaim gold) =>
        GoldType(claim.Kind) == gold.Type && Overlaps(claim.Start, claim.End, gold.Start, gold.End) && ValueEquals(claim, gold);

    public static bool ValueEquals(Claim claim, GoldClaim gold)
    {
        if (claim.Temporal is { } temporal)
        {
            return DateValueEquals(temporal, gold);
        }

        if (claim.Quantity is not { } quantity)
        {
            return false;
        }

        if (gold.Value.ValueKind == JsonValueKind.Number)
        {
            return quantity.Number is { } number && Math.Abs(number - gold.Value.GetDouble()) < 1e-6;
        }

        return quantity.Number is null && quantity.Lower == gold.Lower && quantity.Upper == gold.Upper;
    }

    private static bool DateValueEquals(TemporalValue temporal, GoldClaim gold)
    {
        if (gold.Value.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        var parts = gold.Value.GetString()!.Split('/');
        var start = Iso(temporal.Start);
        return gold.Type == "date_range"
            ? parts.Length == 2 && start == parts[0] && temporal.End is { } end && Iso(end) == parts[1]
            : start == parts[0];
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
