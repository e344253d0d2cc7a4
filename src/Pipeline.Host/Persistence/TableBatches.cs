using Pipeline.Storage.Tables;

namespace Pipeline.Host.Persistence;

/// <summary>
/// Upserts rows in as few batch transactions as the service allows (one partition and 100 rows per batch), several
/// batches in flight at once.
/// </summary>
public static class TableBatches
{
    public static Task UpsertAllAsync(this TableStorageClient tables, string table, IEnumerable<TableEntity> rows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(rows);
        var batches = rows.GroupBy(e => e.PartitionKey, StringComparer.Ordinal)
            // A batch may not name a row twice; the last version of a row wins, as sequential upserts would.
            .SelectMany(partition => partition.GroupBy(e => e.RowKey, StringComparer.Ordinal).Select(g => g.Last()).Chunk(TableStorageClient.MaxTransactionActions))
            .Select(chunk => chunk.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)).ToList());
        return Concurrently.ForEachAsync(batches, async (batch, token) => await tables.SubmitTransactionAsync(table, batch, token), ct);
    }
}
