using Pipeline.Storage;
using Pipeline.Storage.Tables;

namespace Pipeline.Host.Api;

/// <summary>
/// Reads up to <c>limit</c> rows from the table's own paging. The service may return short or empty pages with a
/// continuation; this keeps asking (for only the rows still missing) so the token always resumes exactly.
/// </summary>
public static class TablePaging
{
    /// <summary>Returns null when the token is not one the service issued.</summary>
    public static async Task<Page<TableEntity>?> ReadAsync(StorageAccount storage, string table, TableFilter? filter, int limit, string? token, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var items = new List<TableEntity>(limit);
        try
        {
            do
            {
                var query = new TableQuery(filter, PageSize: limit - items.Count);
                var page = await storage.Tables.QueryPagesAsync(table, query, token, ct).FirstAsync(ct);
                items.AddRange(page.Items);
                token = page.ContinuationToken;
            }
            while (token is not null && items.Count < limit);
        }
        catch (FormatException)
        {
            return null;
        }

        return new Page<TableEntity>(items, token);
    }
}
