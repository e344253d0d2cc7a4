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
        var bands = new List<TableEntity>();
        foreach (var (article, copyOf) in verdicts.Where(v => v.Article.Fingerprint is { Length: ArticleFingerprint.Size }))
        {
            bands.AddRange(ArticleBandRow.ToEntities(article.ArticleId, article.Fingerprint!));
            await RecordAsync(article.ArticleId, copyOf, ct);
        }

        await UpsertBandsAsync(bands, ct);
    }

    /// <summary>Finds and records the canonical article this one copies; null for an original.</summary>
    public async Task<string?> ResolveAsync(RollupArticle article, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.Fingerprint is not { Length: ArticleFingerprint.Size } signature)
        {
            return null;
        }

        var earlier = new List<(string Id, DateTimeOffset At, ulong[] Signature, string? CopyOf)>();
        foreach (var id in await CandidatesAsync(article.ArticleId, signature, ct))
        {
            if (await storage.Tables.GetIfExistsAsync(tables.Articles, ArticleRow.PartitionOf(id), id, ct) is { } row
                && row.GetBinary("Fingerprint") is { } bytes
                && IsEarlier(row.GetDateTime("IngestedAt") ?? DateTimeOffset.MaxValue, id, article))
            {
                earlier.Add((id, row.GetDateTime("IngestedAt")!.Value, MemoryMarshal.Cast<byte, ulong>(bytes).ToArray(), row.GetString("CopyOf")));
            }
        }

        var match = earlier.OrderBy(c => c.At).ThenBy(c => c.Id, StringComparer.Ordinal)
            .FirstOrDefault(c => ArticleFingerprint.Similarity(c.Signature, signature) >= NearDuplicates.DefaultThreshold);
        var copyOf = match.Id is null ? null : match.CopyOf is { Length: > 0 } canonical ? canonical : match.Id;
        await RecordAsync(article.ArticleId, copyOf, ct);
        return copyOf;
    }

    private async Task<HashSet<string>> CandidatesAsync(string articleId, ulong[] signature, CancellationToken ct)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var filter in ArticleBandRow.CandidateFilters(signature))
        {
            await foreach (var row in storage.Tables.QueryAsync(tables.ArticleBands, new TableQuery(filter), ct))
            {
                ids.Add(row.GetString("ArticleId") ?? string.Empty);
            }
        }

        ids.Remove(articleId);
        return ids;
    }

    // Empty rather than absent for an original, so a merge also clears a verdict that no longer holds.
    private async Task RecordAsync(string articleId, string? copyOf, CancellationToken ct) =>
        await storage.Tables.UpsertAsync(tables.Articles, new TableEntity(ArticleRow.PartitionOf(articleId), articleId) { ["CopyOf"] = copyOf ?? string.Empty }, TableUpdateMode.Merge, ct);

    private Task UpsertBandsAsync(IEnumerable<TableEntity> bands, CancellationToken ct) => storage.Tables.UpsertAllAsync(tables.ArticleBands, bands, ct);

    // The order the full rollup sorts articles in: by ingest time, then id.
    private static bool IsEarlier(DateTimeOffset at, string id, RollupArticle article) =>
        at < article.IngestedAt || (at == article.IngestedAt && string.CompareOrdinal(id, article.ArticleId) < 0);
}
