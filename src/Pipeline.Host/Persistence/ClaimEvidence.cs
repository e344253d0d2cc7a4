using System.Globalization;
using Pipeline.Core.Claims;
using Pipeline.Core.Claims.Dates;
using Pipeline.Core.Claims.Facts;
using Pipeline.Core.Reliability;
using Pipeline.Core.Reliability.Compatibility;
using Pipeline.Core.Reliability.Consistency;
using Pipeline.Storage.Tables;

namespace Pipeline.Host.Persistence;

/// <summary>Reads claim rows back as the rollup's inputs: observations for truth discovery, and claims for consistency checks.</summary>
public static class ClaimEvidence
{
    // People counted in parts of one whole: "270 soldiers and 120 civilians" against "390 prisoners".
    private static readonly HashSet<string> PersonParts = new(["military", "civilians", "children"], StringComparer.Ordinal);
    private static readonly HashSet<string> Persons = new(["prisoners", "people", "military", "civilians", "children"], StringComparer.Ordinal);

    // A date whose sentence names no event ("officials said on Friday", "since March 2022") cannot be matched to other
    // sources' dates of the same event: corroborating it would pit unrelated dates against each other. Dates of a named
    // event ("the exchange commenced on Friday": swap-start) are compared like counts.
    private static bool IsUnidentifiedDate(TableEntity row) =>
        row.GetString("DateStart") is not null && row.GetString("Measure") == EventDateNames.Unidentified;

    /// <summary>Null for claims with nothing to compare (quotes, superlatives without a value, dates of no named event).</summary>
    public static ClaimObservation? ToObservation(TableEntity row, string? copyOf)
    {
        ArgumentNullException.ThrowIfNull(row);
        return ToObservation(row, row.PartitionKey, row.RowKey, copyOf);
    }

    /// <summary>For rows filed elsewhere than the Claims table (<see cref="FactClaimRow"/>), which name their article and claim.</summary>
    public static ClaimObservation? ToObservation(TableEntity row, string articleId, string claimId, string? copyOf)
    {
        ArgumentNullException.ThrowIfNull(row);
        var value = IsUnidentifiedDate(row) ? null : StatedValueOf(row);
        return value is null ? null : new ClaimObservation(
            row.GetString("Source") ?? string.Empty, articleId, claimId, row.GetString("FactKey") ?? string.Empty,
            value, row.GetBoolean("Hedged") ?? false, row.GetString("Attribution"), copyOf);
    }

    public static ArticleClaim ToArticleClaim(TableEntity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var measure = row.GetString("Measure") ?? string.Empty;
        return new ArticleClaim(
            row.RowKey,
            Persons.Contains(measure) ? "persons" : measure,
            row.GetString("Scope") == "per_side" ? "per-side" : "total",
            row.GetDouble("Number"),
            row.GetString("Frame"),
            !IsUnidentifiedDate(row) && DateOnly.TryParseExact(row.GetString("DateStart"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null,
            row.GetBoolean("Headline") ?? false,
            PersonParts.Contains(measure) ? measure : null,
            RefersTo: IsoPeriod.Parse(row.GetString("RefersTo")),
            CurrentEvent: row.GetString("CurrentEvent"));
    }

    private static StatedValue? StatedValueOf(TableEntity row)
    {
        var kind = row.GetString("Kind");
        if (row.GetString("DateStart") is { } start && DateOnly.TryParseExact(start, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from))
        {
            DateOnly? to = DateOnly.TryParseExact(row.GetString("DateEnd"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end) ? end : null;
            var precision = Enum.TryParse<DatePrecision>(row.GetString("Precision"), ignoreCase: true, out var p) ? p : DatePrecision.Day;
            return StatedValue.Date(new TemporalValue(from, to, precision));
        }

        var (number, lower, upper) = (row.GetDouble("Number"), row.GetDouble("Lower"), row.GetDouble("Upper"));
        if (number is null && lower is null && upper is null)
        {
            return null;
        }

        _ = ContractNames.TryParseQualifier(row.GetString("Qualifier"), out var qualifier);
        var quantity = new Quantity(number, row.GetString("Unit"), lower, upper);
        return StatedValue.FromQuantity(quantity, qualifier, kind == "duration" ? ValueKind.Duration : ValueKind.Number);
    }
}
