using Pipeline.Core.Reliability;
using Pipeline.Core.Reliability.Consistency;
using Pipeline.Storage.Tables;

namespace Pipeline.Host.Persistence;

/// <summary>
/// A source's ledger, one partition per source: an entry per claim it made (keyed by fact and claim, so a recomputed
/// fact overwrites its entries) and its articles' consistency flags (keyed by article, after every entry).
/// </summary>
public static class LedgerRow
{
    // '~' sorts after every character a fact key starts with, so the flags sit at the end of the partition.
    private const string FlagPrefix = "~flag|";

    public static string PartitionOf(string source) => FactRow.SafeKey(source);

    public static TableEntity ToEntity(SourceLedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var c = entry.Contribution;
        return new TableEntity(PartitionOf(c.Source), FactClaimRow.RowPrefix(entry.FactKey) + c.ClaimId)
        {
            ["Source"] = c.Source,
            ["FactKey"] = entry.FactKey,
            ["ClaimId"] = c.ClaimId,
            ["Outcome"] = c.Outcome.ToString(),
            ["Weight"] = c.Weight,
            ["Correctness"] = c.Correctness,
            ["Hedged"] = c.Hedged,
            ["Stated"] = c.Stated,
            ["Consensus"] = entry.Consensus,
            ["BackedBy"] = string.Join('\n', entry.BackedBy),
            ["CopyArticle"] = entry.Copy?.ArticleId,
            ["CopyOf"] = entry.Copy?.CopyOf,
        };
    }

    public static bool IsFlag(TableEntity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.RowKey.StartsWith(FlagPrefix, StringComparison.Ordinal);
    }

    public static SourceLedgerEntry ToEntry(TableEntity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var (source, claimId) = (row.GetString("Source") ?? string.Empty, row.GetString("ClaimId") ?? string.Empty);
        var contribution = new SourceContribution(
            source, claimId, Enum.Parse<ClaimOutcome>(row.GetString("Outcome") ?? nameof(ClaimOutcome.Unique)),
            row.GetDouble("Weight") ?? 0, row.GetDouble("Correctness") ?? 0, row.GetBoolean("Hedged") ?? false, row.GetString("Stated") ?? string.Empty);
        var copy = row.GetString("CopyOf") is { } copyOf ? new RecognisedCopy(claimId, source, row.GetString("CopyArticle") ?? string.Empty, copyOf) : null;
        return new SourceLedgerEntry(row.GetString("FactKey") ?? string.Empty, contribution, row.GetString("Consensus") ?? string.Empty, Lines(row.GetString("BackedBy")), copy);
    }

    /// <summary>Flags are numbered within their article: re-checking an article overwrites them in place.</summary>
    public static TableEntity ToEntity(ConsistencyFlag flag, int index)
    {
        ArgumentNullException.ThrowIfNull(flag);
        return new TableEntity(PartitionOf(flag.Source), FlagPrefixOf(flag.ArticleId) + index.ToString("D3", System.Globalization.CultureInfo.InvariantCulture))
        {
            ["Source"] = flag.Source,
            ["ArticleId"] = flag.ArticleId,
            ["Kind"] = flag.Kind.ToString(),
            ["ClaimIds"] = string.Join('\n', flag.ClaimIds),
            ["Message"] = flag.Message,
        };
    }

    public static ConsistencyFlag ToFlag(TableEntity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new ConsistencyFlag(
            row.GetString("ArticleId") ?? string.Empty, row.GetString("Source") ?? string.Empty,
            Enum.Parse<ConsistencyKind>(row.GetString("Kind") ?? string.Empty), Lines(row.GetString("ClaimIds")), row.GetString("Message") ?? string.Empty);
    }

    /// <summary>The row-key prefix of one article's flags, or of every flag when <paramref name="articleId"/> is empty.</summary>
    public static string FlagPrefixOf(string articleId) => articleId.Length == 0 ? FlagPrefix : FlagPrefix + articleId + "|";

    private static string[] Lines(string? joined) => string.IsNullOrEmpty(joined) ? [] : joined.Split('\n');
}
