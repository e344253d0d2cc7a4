using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Pipeline.Storage.Auth;
using Pipeline.Storage.Http;

namespace Pipeline.Storage.Tables;

/// <summary>Table service operations: tables, entity writes with upsert and ETag conditions, paged queries, transactions.</summary>
public partial class TableStorageClient : StorageClientBase
{
    private static readonly MediaTypeHeaderValue JsonType = new("application/json");

    public TableStorageClient(HttpClient http, StorageConnection connection, ILogger? logger = null)
        : base(http, connection, StorageService.Table, logger)
    {
    }

    protected TableStorageClient()
    {
    }

    public virtual async Task<bool> CreateIfNotExistsAsync(string table, CancellationToken cancellationToken = default)
    {
        TableKeys.ValidateTableName(table);
        using var request = Request(HttpMethod.Post, "Tables", JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["TableName"] = table }));
        request.Headers.TryAddWithoutValidation("Prefer", "return-no-content");
        using var response = await SendAsync(request, "CreateTable", cancellationToken, 409).ConfigureAwait(false);
        return response.IsSuccessStatusCode;
    }

    public virtual async Task<bool> DeleteTableIfExistsAsync(string table, CancellationToken cancellationToken = default)
    {
        TableKeys.ValidateTableName(table);
        using var request = Request(HttpMethod.Delete, $"Tables('{table}')");
        using var response = await SendAsync(request, "DeleteTable", cancellationToken, 404).ConfigureAwait(false);
        return response.IsSuccessStatusCode;
    }

    /// <summary>Insert-or-replace / insert-or-merge: idempotent, so a retried or redelivered write changes nothing.</summary>
    public virtual async Task<string?> UpsertAsync(string table, TableEntity entity, TableUpdateMode mode = TableUpdateMode.Replace, CancellationToken cancellationToken = default)
    {
        using var response = await WriteAsync(table, entity, mode, ifMatch: null, "UpsertEntity", cancellationToken).ConfigureAwait(false);
        return ETagOf(response);
    }

    /// <summary>Updates only the version read (<paramref name="ifMatch"/>, or * for any); returns the new ETag, or null when someone else changed it.</summary>
    public virtual async Task<string?> UpdateAsync(string table, TableEntity entity, string ifMatch, TableUpdateMode mode = TableUpdateMode.Replace, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ifMatch);
        using var response = await WriteAsync(table, entity, mode, ifMatch, "UpdateEntity", cancellationToken, 412).ConfigureAwait(false);
        return response.StatusCode == HttpStatusCode.PreconditionFailed ? null : ETagOf(response);
    }

    /// <summary>Inserts a new row; returns its ETag, or null when the row already exists.</summary>
    public virtual async Task<string?> InsertAsync(string table, TableEntity entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        TableKeys.ValidateTableName(table);
        using var request = Request(HttpMethod.Post, table, TableJson.Serialize(entity));
        request.Headers.TryAddWithoutValidation("Prefer", "return-no-content");
        using var response = await SendAsync(request, "InsertEntity", cancellationToken, 409).ConfigureAwait(false);
        return response.StatusCode == HttpStatusCode.Conflict ? null : ETagOf(response);
    }

    public virtual async Task<TableEntity?> GetIfExistsAsync(string table, string partitionKey, string rowKey, CancellationToken cancellationToken = default)
    {
        using var request = Request(HttpMethod.Get, EntityPath(table, partitionKey, rowKey));
        using var response = await SendAsync(request, "GetEntity", cancellationToken, 404).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        using var json = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false));
        return TableJsonReader.Deserialize(json.RootElement, ETagOf(response));
    }

    /// <summary>Deletes a row if it exists (and, with <paramref name="ifMatch"/>, only that version). False if it was gone or changed.</summary>
    public virtual async Task<bool> DeleteIfExistsAsync(string table, string partitionKey, string rowKey, string ifMatch = "*", CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ifMatch);
        using var request = Request(HttpMethod.Delete, EntityPath(table, partitionKey, rowKey));
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        using var response = await SendAsync(request, "DeleteEntity", cancellationToken, 404, 412).ConfigureAwait(false);
        return response.IsSuccessStatusCode;
    }

    internal Uri EntityUrl(string table, string partitionKey, string rowKey) => Url(EntityPath(table, partitionKey, rowKey));

    internal Uri TableUrl(string table) => Url(table);

    private async Task<HttpResponseMessage> WriteAsync(string table, TableEntity entity, TableUpdateMode mode, string? ifMatch, string operation, CancellationToken cancellationToken, params int[] expected)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var method = mode == TableUpdateMode.Merge ? Merge : HttpMethod.Put;
        using var request = Request(method, EntityPath(table, entity.PartitionKey, entity.RowKey), TableJson.Serialize(entity));
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await SendAsync(request, operation, cancellationToken, expected).ConfigureAwait(false);
    }

    private static readonly HttpMethod Merge = new("MERGE");

    private static string EntityPath(string table, string partitionKey, string rowKey)
    {
        TableKeys.ValidateTableName(table);
        TableKeys.Validate(partitionKey, nameof(partitionKey));
        TableKeys.Validate(rowKey, nameof(rowKey));
        return $"{table}(PartitionKey='{TableKeys.UrlLiteral(partitionKey)}',RowKey='{TableKeys.UrlLiteral(rowKey)}')";
    }

    private HttpRequestMessage Request(HttpMethod method, string path, byte[]? body = null)
    {
        var request = new HttpRequestMessage(method, Url(path));
        request.Headers.TryAddWithoutValidation("Accept", "application/json;odata=minimalmetadata");
        request.Headers.TryAddWithoutValidation("DataServiceVersion", "3.0;NetFx");
        request.Headers.TryAddWithoutValidation("MaxDataServiceVersion", "3.0;NetFx");
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = JsonType;
        }

        return request;
    }
}
