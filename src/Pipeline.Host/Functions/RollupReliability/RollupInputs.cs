using System.Globalization;
using System.Runtime.InteropServices;
using Pipeline.Core.Reliability.Copies;
using Pipeline.Host.Persistence;
using Pipeline.Storage;
using Pipeline.Storage.Tables;

namespace Pipeline.Host.Functions.RollupReliability;

/// <summary>An article as the rollup needs it: who published it, when, and its text fingerprint.</summary>
public sealed record RollupArticle(string ArticleId, string Source, DateOnly? Published, DateTimeOffset IngestedAt, ulong[]? Fingerprint);

/// <summary>Reads the articles and finds near-duplicates, so a syndicated copy does not count as corroboration.</summary>
public static class RollupInputs
{
    private static readonly string[] Columns = ["PartitionKey", "RowKey", "Source", "PublishedAt", "IngestedAt", "Fingerprint"];

    /// <summary>Every article, oldest first (a full rollup).</summary>
    public static async Task<List<RollupArticle>> ArticlesAsync(StorageAccount storage, string table, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(storage);
        return await storage.Tables.QueryAsync(table, new TableQuery(Select: Columns), ct).Select(FromRow)
            .OrderBy(a => a.IngestedAt).ThenBy(a => a.ArticleId, StringComparer.Ordinal)
            .ToListAsync(ct);
    }

    /// <summary>The given articles that exist, oldest first (an incremental rollup).</summary>
    public static async Task<List<RollupArticle>> ArticlesAsync(StorageAccount storage, string table, IEnumerable<string> articleIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(articleIds);
        var rows = await Concurrently.SelectAsync(articleIds.ToList(), async (id, token) => await storage.Tables.GetIfExistsAsync(table, ArticleRow.PartitionOf(id), id, token), ct);
        return [.. rows.OfType<TableEntity>().Select(FromRow).OrderBy(a => a.IngestedAt).ThenBy(a => a.ArticleId, StringComparer.Ordinal)];
    }

    /// <summary>Maps each copy's article id to the earliest article it copies.</summary>
    public static IReadOnlyDictionary<string, string> CopiesOf(List<RollupArticle> articlesOldestFirst)
    {
        ArgumentNullException.ThrowIfNull(articlesOldestFirst);
        var signed = articlesOldestFirst.Where(a => a.Fingerprint is { Length: ArticleFingerprint.Size }).Select(a => (a.ArticleId, a.Fingerprint!)).ToList();
        return NearDuplicates.Find(signed);
    }

    private static RollupArticle FromRow(TableEntity row) => new(
        row.RowKey,
        row.GetString("Source") ?? string.Empty,
        DateOnly.TryParseExact(row.GetString("PublishedAt"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null,
        row.GetDateTime("IngestedAt") ?? DateTimeOffset.MaxValue,
        row.GetBinary("Fingerprint") is { } bytes ? MemoryMarshal.Cast<byte, ulong>(bytes).ToArray() : null);
}
