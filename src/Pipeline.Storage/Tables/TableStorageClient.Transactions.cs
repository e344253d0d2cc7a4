using System.Text;

namespace Pipeline.Storage.Tables;

public partial class TableStorageClient
{
    public const int MaxTransactionActions = 100;

    /// <summary>
    /// Runs up to 100 operations on one partition atomically. The service answers 202 even when an operation
    /// fails, so the multipart response is read and the failing operation is reported by index.
    /// </summary>
    public virtual async Task SubmitTransactionAsync(string table, IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actions);
        TableKeys.ValidateTableName(table);
        if (actions.Count == 0)
        {
            return;
        }

        ValidateBatch(actions);
        var batch = "batch_" + Guid.NewGuid().ToString("N");
        var changeset = "changeset_" + Guid.NewGuid().ToString("N");
        var body = TableBatchFormat.Body(this, table, actions, batch, changeset);
        using var request = new HttpRequestMessage(HttpMethod.Post, BatchUrl())
        {
            Content = new StringContent(body, Encoding.UTF8),
        };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("multipart/mixed");
        request.Content.Headers.ContentType.Parameters.Add(new System.Net.Http.Headers.NameValueHeaderValue("boundary", batch));
        request.Headers.TryAddWithoutValidation("Accept", "application/json;odata=minimalmetadata");
        request.Headers.TryAddWithoutValidation("DataServiceVersion", "3.0;NetFx");
        request.Headers.TryAddWithoutValidation("MaxDataServiceVersion", "3.0;NetFx");
        using var response = await SendBatchAsync(request, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        TableBatchFormat.ThrowOnFailure(text, actions.Count);
    }

    private static void ValidateBatch(IReadOnlyList<TableTransactionAction> actions)
    {
        if (actions.Count > MaxTransactionActions)
        {
            throw new ArgumentException($"A transaction holds at most {MaxTransactionActions} operations; this one has {actions.Count}.", nameof(actions));
        }

        // Azurite accepts mixed partitions; Azure rejects them. Enforce Azure's rule here so tests catch it locally.
        if (actions.Select(a => a.Entity.PartitionKey).Distinct(StringComparer.Ordinal).Count() > 1)
        {
            throw new ArgumentException("All operations in a transaction must share one PartitionKey.", nameof(actions));
        }

        if (actions.Select(a => a.Entity.RowKey).Distinct(StringComparer.Ordinal).Count() != actions.Count)
        {
            throw new ArgumentException("A transaction may touch each entity only once.", nameof(actions));
        }
    }
}
