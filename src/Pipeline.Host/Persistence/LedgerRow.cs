using System.Text.Json;
using Pipeline.Core.Reliability;
using Pipeline.Core.Reliability.Consistency;
using Pipeline.Host.Contracts;
using Pipeline.Storage.Tables;

namespace Pipeline.Host.Persistence;

/// <summary>
/// A source's ledger, in partitions of its own: its entries (one per claim it made, keyed by fact and claim, so a
/// recomputed fact overwrites its entries) spread over 8 buckets by fact key; the totals of each bucket; and its
/// articles' consistency flags. A tick re-reads only the buckets it wrote to, then the totals. More buckets would
/// re-read less of a prolific source's ledger, but cost every source more requests per tick (measured on Azurite,
/// docs/benchmarks.md): on the emulator a request costs more than a few hundred rows.
/// </summary>
public static class LedgerRow
{
    public const int Buckets = 8;

    private const string FlagPrefix = "flag|";

    public static string BucketOf(string factKey) =>
        (Convert.ToInt32(KeyHash.Of(factKey)[..2], 16) % Buckets).ToString("D2", System.Globalization.CultureInfo.InvariantCulture);

    public static string EntriesPartition(string source, string bucket) => FactRow.SafeKey(source) + "|" + bucket;

    public static string TotalsPartition(string source) => FactRow.SafeKey(source) + "|totals";

    public static string FlagsPartition(string source) => FactRow.SafeKey(source) + "|flags";

    public static TableEntity ToEntity(SourceLedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var c = entry.Contribution;
        return new TableEntity(EntriesPartition(c.Source, BucketOf(entry.FactKey)), FactClaimRow.RowPrefix(entry.FactKey) + c.ClaimId)
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

    /// <summary>The rows of a set of flags, numbered within each article.</summary>
    public static IEnumerable<TableEntity> FlagRows(IEnumerable<ConsistencyFlag> flags) =>
        flags.GroupBy(f => f.ArticleId, StringComparer.Ordinal).SelectMany(g => g.Select((f, i) => ToEntity(f, i)));

    /// <summary>Flags are numbered within their article: re-checking an article overwrites them in place.</summary>
    public static TableEntity ToEntity(ConsistencyFlag flag, int index)
    {
        ArgumentNullException.ThrowIfNull(flag);
        return new TableEntity(FlagsPartition(flag.Source), FlagPrefixOf(flag.ArticleId) + index.ToString("D3", System.Globalization.CultureInfo.InvariantCulture))
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

    /// <summary>One bucket's totals. Explanation lines are dropped from the end if they would not fit in a table string.</summary>
    public static TableEntity ToEntity(string source, string bucket, LedgerTotals totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        return new TableEntity(TotalsPartition(source), bucket)
        {
            ["Correct"] = totals.Correct,
            ["Evidence"] = totals.Evidence,
            ["Claims"] = totals.Claims,
            ["Agreements"] = totals.Agreements,
            ["Contradictions"] = totals.Contradictions,
            ["Unique"] = totals.Unique,
            ["Hedged"] = totals.Hedged,
            ["Copies"] = totals.Copies,
            ["Agreed"] = Fitted(totals.Agreed),
            ["Contradicted"] = Fitted(totals.Contradicted),
            ["CopiesShown"] = Fitted(totals.CopiesShown),
        };
    }

    public static LedgerTotals ToTotals(TableEntity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        int Count(string name) => (int)(row.GetInt64(name) ?? 0);
        return new LedgerTotals(
            row.GetDouble("Correct") ?? 0, row.GetDouble("Evidence") ?? 0, Count("Claims"), Count("Agreements"), Count("Contradictions"),
            Count("Unique"), Count("Hedged"), Count("Copies"),
            Read<FactEvidence>(row.GetString("Agreed")), Read<FactEvidence>(row.GetString("Contradicted")), Read<RecognisedCopy>(row.GetString("CopiesShown")));
    }

    private static string Fitted<T>(IReadOnlyList<T> lines)
    {
        for (var count = lines.Count; ; count /= 2)
        {
            var json = JsonSerializer.Serialize(lines.Take(count), ContractJson.Options);
            if (json.Length <= 30_000 || count == 0)
            {
                return json;
            }
        }
    }

    private static List<T> Read<T>(string? json) => json is null ? [] : JsonSerializer.Deserialize<List<T>>(json, ContractJson.Options) ?? [];

    private static string[] Lines(string? joined) => string.IsNullOrEmpty(joined) ? [] : joined.Split('\n');
}
