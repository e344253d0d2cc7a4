using Pipeline.Core.Reliability;
using Pipeline.Storage.Tables;

namespace Pipeline.Host.Persistence;

/// <summary>
/// A claim filed under its fact key: the rows of one fact share a row-key prefix inside one of 4,096 hash partitions,
/// so an incremental rollup reads a fact's claims with one range query, and partitions stay small.
/// </summary>
public static class FactClaimRow
{
    private static readonly string[] Copied = ["Source", "Kind", "FactKey", "Number", "Lower", "Upper", "Unit", "Qualifier", "Hedged", "Attribution", "Measure", "DateStart", "DateEnd", "Precision"];

    public static string PartitionOf(string factKey) => KeyHash.Of(factKey)[..3];

    /// <summary>The separator keeps "k|x" from matching the claims of "k|x2".</summary>
    public static string RowPrefix(string factKey) => FactRow.SafeKey(factKey) + "|";

    public static TableFilter FilterFor(string factKey) =>
        TableFilter.Equal("PartitionKey", PartitionOf(factKey)).And(TableFilter.StartsWith("RowKey", RowPrefix(factKey)));

    /// <summary>Files a Claims-table row (article partition, claim row key) under its fact, with the copy verdict.</summary>
    public static TableEntity FromClaimRow(TableEntity claim, string? copyOf)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var factKey = claim.GetString("FactKey") ?? string.Empty;
        var row = new TableEntity(PartitionOf(factKey), RowPrefix(factKey) + claim.RowKey)
        {
            ["ArticleId"] = claim.PartitionKey,
            ["ClaimId"] = claim.RowKey,
            ["CopyOf"] = copyOf,
        };
        foreach (var column in Copied)
        {
            row[column] = claim[column];
        }

        return row;
    }

    /// <summary>
    /// The article's filing index: one row per claim it filed, naming the fact row, so that when a re-extracted article
    /// no longer makes a claim, the rollup can withdraw it without a scan. Kept in this table, apart from the 3-hex-digit
    /// fact partitions by its prefix.
    /// </summary>
    public static string FilingPartition(string articleId) => "article|" + articleId;

    public static TableEntity FilingOf(TableEntity factClaim)
    {
        ArgumentNullException.ThrowIfNull(factClaim);
        return new TableEntity(FilingPartition(factClaim.GetString("ArticleId") ?? string.Empty), factClaim.RowKey)
        {
            ["FactPartition"] = factClaim.PartitionKey,
            ["Source"] = factClaim["Source"],
            ["FactKey"] = factClaim["FactKey"],
            ["ClaimId"] = factClaim["ClaimId"],
            ["Attribution"] = factClaim["Attribution"],
        };
    }

    public static ClaimObservation? ToObservation(TableEntity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return ClaimEvidence.ToObservation(row, row.GetString("ArticleId") ?? string.Empty, row.GetString("ClaimId") ?? string.Empty, row.GetString("CopyOf"));
    }
}
