using System.Globalization;
using System.Runtime.InteropServices;
using Pipeline.Core.Reliability.Copies;
using Pipeline.Storage;
using Pipeline.Storage.Tables;

namespace Pipeline.Host.Functions.RollupReliability;

/// <summary>An article as the rollup needs it: who published it, when, and its text fingerprint.</summary>
public sealed record RollupArticle(string ArticleId, string Source, DateOnly? Published, DateTimeOffset IngestedAt, ulong[]? Fingerprint);

/// <summary>Reads the articles and finds near-duplicates, so a syndicated copy does not count as corroboration.</summary>
public static class RollupInputs
{
    private static readonly string[] Columns = ["PartitionKey", "RowKey", "Source", "PublishedAt", "IngestedAt", "Fingerprint"];

    public static async Task<List<RollupArticle>> ArticlesAsync(StorageAccount storage, string table, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(storage);
        return await storage.Tables.QueryAsync(table, new TableQuery(Select: Columns), ct).Select(row => new RollupArticle(
                row.RowKey,
                row.GetString("Source") ?? string.Empty,
                DateOnly.TryParseExact(row.GetString("PublishedAt"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null,
                row.GetDateTime("IngestedAt") ?? DateTimeOffset.MaxValue,
                row["Fingerprint"] is byte[] bytes ? MemoryMarshal.Cast<byte, ulong>(bytes).ToArray() : null))
            .OrderBy(a => a.IngestedAt).ThenBy(a => a.ArticleId, StringComparer.Ordinal)
            .ToListAsync(ct);
    }

    /// <summary>Maps each copy's article id to the earliest article it copies.</summary>
    public static IReadOnlyDictionary<string, string> CopiesOf(List<RollupArticle> articlesOldestFirst)
    {
        ArgumentNullException.ThrowIfNull(articlesOldestFirst);
        var signed = articlesOldestFirst.Where(a => a.Fingerprint is { Length: ArticleFingerprint.Size }).Select(a => (a.ArticleId, a.Fingerprint!)).ToList();
        return NearDuplicates.Find(signed);
    }
}
