using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Pipeline.Storage.Tables;

public partial class TableStorageClient
{
    /// <summary>Streams every matching row, following continuation headers until the service stops sending them.</summary>
    public virtual async IAsyncEnumerable<TableEntity> QueryAsync(string table, TableQuery? query = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var page in QueryPagesAsync(table, query ?? new TableQuery(), null, cancellationToken).ConfigureAwait(false))
        {
            foreach (var entity in page.Items)
            {
                yield return entity;
            }
        }
    }

    /// <summary>
    /// Pages of a query, each with the opaque token that resumes after it (null on the last page). A page may be
    /// empty yet carry a token: the service stops at partition boundaries and time limits, not only at $top.
    /// </summary>
    public virtual async IAsyncEnumerable<TablePage> QueryPagesAsync(string table, TableQuery query, string? continuation = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        TableKeys.ValidateTableName(table);
        ArgumentNullException.ThrowIfNull(query);
        ValidateSelect(query.Select);
        var token = TableContinuation.Parse(continuation);
        do
        {
            using var request = Request(HttpMethod.Get, table + "()" + TableContinuation.QueryString(query, token));
            using var response = await SendAsync(request, "QueryEntities", cancellationToken).ConfigureAwait(false);
            using var json = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false));
            var items = json.RootElement.GetProperty("value").EnumerateArray().Select(e => TableJsonReader.Deserialize(e)).ToList();
            token = TableContinuation.FromResponse(response);
            yield return new TablePage(items, token?.ToString());
        }
        while (token is not null);
    }

    private static void ValidateSelect(IReadOnlyList<string>? select)
    {
        foreach (var name in select ?? [])
        {
            if (name is not ("PartitionKey" or "RowKey" or "Timestamp"))
            {
                TableEntityLimits.ValidateName(name);
            }
        }
    }
}
