using System.Globalization;
using Pipeline.Host.Configuration;
using Pipeline.Storage;
using Pipeline.Storage.Tables;

namespace Pipeline.Host.Persistence;

/// <summary>
/// Articles whose claims changed, by minute, and the rollup's watermark over them. Extraction records (and, on a
/// redelivery, re-records) the article; the rollup reads the rows not yet done at or after its watermark, marks each
/// done under its ETag only after its writes, then moves the watermark under an ETag. A crash repeats work, never
/// skips it. The watermark trails the rollup's start by <see cref="Overlap"/>, so a record whose write was still in
/// flight when the rollup read is found on the next tick instead of falling behind the watermark.
/// </summary>
public sealed class ChangeLog(StorageAccount storage, TableNames tables)
{
    public static readonly TimeSpan Overlap = TimeSpan.FromMinutes(5);

    private const string WatermarkPartition = "watermark";
    private const string Done = "Done";

    public static string Bucket(DateTimeOffset time) => time.UtcDateTime.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture);

    /// <summary>The watermark a rollup that started at <paramref name="started"/> may move to.</summary>
    public static string WatermarkAfter(DateTimeOffset started) => Bucket(started - Overlap);

    public Task RecordAsync(string articleId, DateTimeOffset time, CancellationToken ct) =>
        storage.Tables.UpsertAsync(tables.Changes, new TableEntity(Bucket(time), articleId), cancellationToken: ct);

    /// <summary>The watermark (null before the first rollup) and its ETag.</summary>
    public async Task<(string? Bucket, string? ETag)> WatermarkAsync(string function, CancellationToken ct)
    {
        var row = await storage.Tables.GetIfExistsAsync(tables.RollupState, WatermarkPartition, function, ct);
        return (row?.GetString("Bucket"), row?.ETag);
    }

    /// <summary>Change records at or after <paramref name="bucket"/> that no rollup has finished (with their ETags).</summary>
    public async Task<List<TableEntity>> PendingAsync(string? bucket, CancellationToken ct)
    {
        var query = new TableQuery(bucket is null ? null : TableFilter.Compare("PartitionKey", "ge", bucket), ["PartitionKey", "RowKey", Done]);
        return await storage.Tables.QueryAsync(tables.Changes, query, ct).Where(row => row.GetBoolean(Done) != true).ToListAsync(ct);
    }

    /// <summary>
    /// The records of the first <paramref name="maxArticles"/> articles, oldest minute first, and the minute of the
    /// oldest record left for later (null when none is): the watermark must not pass it.
    /// </summary>
    public static (List<TableEntity> Taken, string? FirstLeft) Take(IReadOnlyList<TableEntity> pending, int maxArticles)
    {
        ArgumentNullException.ThrowIfNull(pending);
        var ordered = pending.OrderBy(r => r.PartitionKey, StringComparer.Ordinal).ThenBy(r => r.RowKey, StringComparer.Ordinal).ToList();
        var articles = ordered.Select(r => r.RowKey).Distinct(StringComparer.Ordinal).Take(maxArticles).ToHashSet(StringComparer.Ordinal);
        var taken = ordered.Where(r => articles.Contains(r.RowKey)).ToList();
        return (taken, ordered.FirstOrDefault(r => !articles.Contains(r.RowKey))?.PartitionKey);
    }

    /// <summary>Marks records done unless re-recorded since they were read (the ETag moved): those wait for the next tick.</summary>
    public Task MarkDoneAsync(IEnumerable<TableEntity> records, CancellationToken ct) =>
        Concurrently.ForEachAsync(records, async (record, token) =>
            await storage.Tables.UpdateAsync(tables.Changes, new TableEntity(record.PartitionKey, record.RowKey) { [Done] = true }, record.ETag ?? "*", TableUpdateMode.Merge, token), ct);

    /// <summary>Moves the watermark if nobody else did meanwhile; returns false when another instance got there first.</summary>
    public async Task<bool> AdvanceAsync(string function, string bucket, string? etag, CancellationToken ct)
    {
        var row = new TableEntity(WatermarkPartition, function) { ["Bucket"] = bucket };
        return etag is null
            ? await storage.Tables.InsertAsync(tables.RollupState, row, ct) is not null
            : await storage.Tables.UpdateAsync(tables.RollupState, row, etag, cancellationToken: ct) is not null;
    }
}
