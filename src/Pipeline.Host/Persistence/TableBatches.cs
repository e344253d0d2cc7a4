using Pipeline.Storage.Tables;

namespace Pipeline.Host.Persistence;

/// <summary>Upserts rows in as few batch transactions as the service allows: one partition and 100 rows per batch.</summary>
public static class TableBatches
{
    public static async Task UpsertAllAsync(this TableStorageClient tables, string table, IEnumerable<TableEntity> rows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var partition in rows.GroupBy(e => e.PartitionKey, StringComparer.Ordinal))
        {
            // A batch may not name a row twice; the last version of a row wins, as sequential upserts would.
            var distinct = partition.GroupBy(e => e.RowKey, StringComparer.Ordinal).Select(g => g.Last());
            foreach (var chunk in distinct.Chunk(TableStorageClient.MaxTransactionActions))
            {
                await tables.SubmitTransactionAsync(table, chunk.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)).ToList(), ct);
            }
        }
    }
}
