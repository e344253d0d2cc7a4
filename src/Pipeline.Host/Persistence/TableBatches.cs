using Pipeline.Storage.Tables;

namespace Pipeline.Host.Persistence;

/// <summary>
/// Upserts rows in as few batch transactions as the service allows (one partition, 100 rows and 4 MiB per batch),
/// several batches in flight at once; deletes rows that may already be gone one by one, because a batch fails whole
/// on a missing row.
/// </summary>
public static class TableBatches
{
    // Below the service's 4 MiB per batch, leaving room for the multipart framing and JSON escaping.
    private const long MaxBatchBytes = 3 * 1024 * 1024;

    public static Task UpsertAllAsync(this TableStorageClient tables, string table, IEnumerable<TableEntity> rows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(rows);
        var batches = rows.GroupBy(e => e.PartitionKey, StringComparer.Ordinal)
            // A batch may not name a row twice; the last version of a row wins, as sequential upserts would.
            .SelectMany(partition => Chunks(partition.GroupBy(e => e.RowKey, StringComparer.Ordinal).Select(g => g.Last())))
            .Select(chunk => chunk.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)).ToList());
        return Concurrently.ForEachAsync(batches, async (batch, token) => await tables.SubmitTransactionAsync(table, batch, token), ct);
    }

    public static Task DeleteAllIfExistAsync(this TableStorageClient tables, string table, IEnumerable<(string PartitionKey, string RowKey)> keys, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tables);
        return Concurrently.ForEachAsync(keys.Distinct(), async (key, token) => await tables.DeleteIfExistsAsync(table, key.PartitionKey, key.RowKey, cancellationToken: token), ct);
    }

    /// <summary>Rows of one partition in chunks that respect both the row and the byte limit of a batch.</summary>
    public static IEnumerable<List<TableEntity>> Chunks(IEnumerable<TableEntity> rows)
    {
        var chunk = new List<TableEntity>();
        long bytes = 0;
        foreach (var row in rows)
        {
            var size = EstimatedBytes(row);
            if (chunk.Count > 0 && (chunk.Count == TableStorageClient.MaxTransactionActions || bytes + size > MaxBatchBytes))
            {
                yield return chunk;
                (chunk, bytes) = ([], 0);
            }

            chunk.Add(row);
            bytes += size;
        }

        if (chunk.Count > 0)
        {
            yield return chunk;
        }
    }

    /// <summary>An upper bound of the row's JSON size: strings may triple when escaped and UTF-8 encoded.</summary>
    public static long EstimatedBytes(TableEntity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        long bytes = 3L * (row.PartitionKey.Length + row.RowKey.Length) + 200;
        foreach (var (name, value) in row.Properties)
        {
            bytes += name.Length + 64 + value switch
            {
                string text => 3L * text.Length,
                byte[] binary => 2L * binary.Length,
                _ => 32,
            };
        }

        return bytes;
    }
}
