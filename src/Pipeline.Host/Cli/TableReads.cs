using Pipeline.Storage;
using Pipeline.Storage.Tables;

namespace Pipeline.Host.Cli;

/// <summary>Reads for reports: a table that does not exist yet (nothing ingested) is an empty list, not an error.</summary>
public static class TableReads
{
    public static async Task<List<T>> ListAsync<T>(StorageAccount storage, string table, TableQuery? query, Func<TableEntity, T> map, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(storage);
        try
        {
            return await storage.Tables.QueryAsync(table, query, ct).Select(map).ToListAsync(ct);
        }
        catch (StorageRequestFailedException e) when (e.Status == 404)
        {
            return [];
        }
    }
}
