using System.Runtime.InteropServices;
using Pipeline.Core.Reliability.Copies;
using Pipeline.Host.Configuration;
using Pipeline.Host.Persistence;
using Pipeline.Storage;
using Pipeline.Storage.Tables;

namespace Pipeline.Host.Functions.RollupReliability;

/// <summary>
/// Near-duplicate detection one article at a time, against the MinHash band index that ingestion fills: the articles
/// sharing a band with it and ingested before it are the candidates, their signatures confirm, and a copy takes the
/// canonical article of the earliest confirmed one, as <see cref="NearDuplicates"/> does over all articles at once.
/// Ingestion indexes an article before its claims are queued, so its originals are indexed before the rollup sees it.
/// </summary>
public sealed class CopyIndex(StorageAccount storage, TableNames tables)
{
    public Task IndexAsync(string articleId, ulong[] signature, CancellationToken ct) =>
        UpsertBandsAsync(ArticleBandRow.ToEntities(articleId, signature), ct);

    /// <summary>Re-indexes every article and records each verdict (a full rollup), repairing anything ingestion missed.</summary>
    public async Task RebuildAsync(IEnumerable<(RollupArticle Article, string? CopyOf)> verdicts, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        var signed = verdicts.Where(v => v.Article.Fingerprint is { Length: ArticleFingerprint.Size }).ToList();
        await Concurrently.ForEachAsync(signed, async (v, token) => await RecordAsync(v.Article.ArticleId, v.CopyOf, token), ct);
        await UpsertBandsAsync(signed.SelectMany(v => ArticleBandRow.ToEntities(v.Article.ArticleId, v.Article.Fingerprint!)), ct);
    }

    /// <summary>Finds and records the canonical article this one copies; null for an original.</summary>
    public async Task<string?> ResolveAsync(RollupArticle article, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.Fingerprint is not { Length: ArticleFingerprint.Size } signature)
        {
            return null;
        }

        var candidates = await CandidatesAsync(article.ArticleId, signature, ct);
        var rows = await Concurrently.SelectAsync(candidates, async (id, token) => await storage.Tables.GetIfExistsAsync(tables.Articles, ArticleRow.PartitionOf(id), id, token), ct);
        var earlier = rows
            .Where(row => row?.GetBinary("Fingerprint") is not null && IsEarlier(row.GetDateTime("IngestedAt") ?? DateTimeOffset.MaxValue, row.RowKey, article))
            .Select(row => (Id: row!.RowKey, At: row.GetDateTime("IngestedAt")!.Value, Signature: MemoryMarshal.Cast<byte, ulong>(row.GetBinary("Fingerprint")).ToArray(), CopyOf: row.GetString("CopyOf")));
        var match = earlier.OrderBy(c => c.At).ThenBy(c => c.Id, StringComparer.Ordinal)
            .FirstOrDefault(c => ArticleFingerprint.Similarity(c.Signature, signature) >= NearDuplicates.DefaultThreshold);
        var copyOf = match.Id is null ? null : match.CopyOf is { Length: > 0 } canonical ? canonical : match.Id;
        await RecordAsync(article.ArticleId, copyOf, ct);
        return copyOf;
    }

    private async Task<List<string>> CandidatesAsync(string articleId, ulong[] signature, CancellationToken ct)
    {
        var perBand = await Concurrently.SelectAsync(ArticleBandRow.CandidateFilters(signature).ToList(), async (filter, token) =>
            await storage.Tables.QueryAsync(tables.ArticleBands, new TableQuery(filter, ["ArticleId"]), token).Select(r => r.GetString("ArticleId") ?? string.Empty).ToListAsync(token), ct);
        return [.. perBand.SelectMany(ids => ids).Where(id => id != articleId).Distinct(StringComparer.Ordinal)];
    }

    // Empty rather than absent for an original, so a merge also clears a verdict that no longer holds.
    private async Task RecordAsync(string articleId, string? copyOf, CancellationToken ct) =>
        await storage.Tables.UpsertAsync(tables.Articles, new TableEntity(ArticleRow.PartitionOf(articleId), articleId) { ["CopyOf"] = copyOf ?? string.Empty }, TableUpdateMode.Merge, ct);

    private Task UpsertBandsAsync(IEnumerable<TableEntity> bands, CancellationToken ct) => storage.Tables.UpsertAllAsync(tables.ArticleBands, bands, ct);

    // The order the full rollup sorts articles in: by ingest time, then id.
    private static bool IsEarlier(DateTimeOffset at, string id, RollupArticle article) =>
        at < article.IngestedAt || (at == article.IngestedAt && string.CompareOrdinal(id, article.ArticleId) < 0);
}
