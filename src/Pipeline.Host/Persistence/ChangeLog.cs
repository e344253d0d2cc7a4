using System.Globalization;
using Pipeline.Host.Configuration;
using Pipeline.Storage;
using Pipeline.Storage.Tables;

namespace Pipeline.Host.Persistence;

/// <summary>
/// Claim changes by minute, and the rollup's watermark over them. Extraction records the minute an article's claims
/// changed; the rollup runs only when something changed at or after its watermark, then moves the watermark to the
/// minute it started. It moves under an ETag, and only after the rollup's writes: a crash repeats work, never skips it.
/// </summary>
public sealed class ChangeLog(StorageAccount storage, TableNames tables)
{
    private const string WatermarkPartition = "watermark";

    public static string Bucket(DateTimeOffset time) => time.UtcDateTime.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture);

    public Task RecordAsync(string articleId, DateTimeOffset time, CancellationToken ct) =>
        storage.Tables.UpsertAsync(tables.Changes, new TableEntity(Bucket(time), articleId), cancellationToken: ct);

    /// <summary>The watermark (null before the first rollup) and its ETag.</summary>
    public async Task<(string? Bucket, string? ETag)> WatermarkAsync(string function, CancellationToken ct)
    {
        var row = await storage.Tables.GetIfExistsAsync(tables.RollupState, WatermarkPartition, function, ct);
        return (row?.GetString("Bucket"), row?.ETag);
    }

    public async Task<bool> HasChangesSinceAsync(string? bucket, CancellationToken ct)
    {
        var query = new TableQuery(bucket is null ? null : TableFilter.Compare("PartitionKey", "ge", bucket), ["PartitionKey", "RowKey"], PageSize: 1);
        await foreach (var page in storage.Tables.QueryPagesAsync(tables.Changes, query, cancellationToken: ct))
        {
            if (page.Items.Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Moves the watermark if nobody else did meanwhile; returns false when another instance got there first.</summary>
    public async Task<bool> AdvanceAsync(string function, string bucket, string? etag, CancellationToken ct)
    {
        var row = new TableEntity(WatermarkPartition, function) { ["Bucket"] = bucket };
        return etag is null
            ? await storage.Tables.InsertAsync(tables.RollupState, row, ct) is not null
            : await storage.Tables.UpdateAsync(tables.RollupState, row, etag, cancellationToken: ct) is not null;
    }
}
