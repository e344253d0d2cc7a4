using System.Net.Http.Headers;

namespace Pipeline.Storage.Tables;

public partial class TableStorageClient
{
    public const int MaxTransactionActions = 100;

    /// <summary>
    /// Runs up to 100 operations on one partition atomically. The service answers 202 even when an operation
    /// fails, so the multipart response is read and the failing action is reported by index
    /// (<see cref="StorageRequestFailedException.FailedActionIndex"/>).
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
        using var request = new HttpRequestMessage(HttpMethod.Post, Url("$batch"))
        {
            Content = new ByteArrayContent(TableBatchFormat.Body(this, table, actions, batch, "changeset_" + Guid.NewGuid().ToString("N"))),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("multipart/mixed");
        request.Content.Headers.ContentType.Parameters.Add(new NameValueHeaderValue("boundary", batch));
        request.Headers.TryAddWithoutValidation("Accept", "application/json;odata=minimalmetadata");
        request.Headers.TryAddWithoutValidation("DataServiceVersion", "3.0;NetFx");
        request.Headers.TryAddWithoutValidation("MaxDataServiceVersion", "3.0;NetFx");
        using var response = await SendAsync(request, "SubmitTransaction", cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        TableBatchResponse.ThrowOnFailure(text, actions.Count, Header(response, "x-ms-request-id"));
    }

    private static void ValidateBatch(IReadOnlyList<TableTransactionAction> actions)
    {
        if (actions.Count > MaxTransactionActions)
        {
            throw new ArgumentException($"A transaction holds at most {MaxTransactionActions} operations; this one has {actions.Count}.", nameof(actions));
        }

        if (actions.Any(a => a?.Entity is null))
        {
            throw new ArgumentException("Every transaction action needs an entity.", nameof(actions));
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
