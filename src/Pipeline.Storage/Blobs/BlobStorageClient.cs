using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Pipeline.Storage.Auth;
using Pipeline.Storage.Http;

namespace Pipeline.Storage.Blobs;

/// <summary>Blob service operations the pipeline uses: containers, upload, download, properties, metadata and listing.</summary>
public partial class BlobStorageClient : StorageClientBase
{
    public BlobStorageClient(HttpClient http, StorageConnection connection, ILogger? logger = null)
        : base(http, connection, StorageService.Blob, logger)
    {
    }

    protected BlobStorageClient()
    {
    }

    public virtual async Task<bool> CreateContainerIfNotExistsAsync(string container, CancellationToken cancellationToken = default)
    {
        BlobNames.ValidateContainer(container);
        using var request = new HttpRequestMessage(HttpMethod.Put, Url($"{container}?restype=container"));
        using var response = await SendAsync(request, "CreateContainer", cancellationToken, 409).ConfigureAwait(false);
        return response.StatusCode == HttpStatusCode.Created;
    }

    public virtual async Task<bool> DeleteContainerIfExistsAsync(string container, CancellationToken cancellationToken = default)
    {
        BlobNames.ValidateContainer(container);
        using var request = new HttpRequestMessage(HttpMethod.Delete, Url($"{container}?restype=container"));
        using var response = await SendAsync(request, "DeleteContainer", cancellationToken, 404).ConfigureAwait(false);
        return response.StatusCode == HttpStatusCode.Accepted;
    }

    /// <summary>Uploads a block blob. Returns its new ETag, or null when a condition in <paramref name="options"/> was not met.</summary>
    public virtual async Task<string?> UploadAsync(string container, string blob, ReadOnlyMemory<byte> content, BlobUploadOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new BlobUploadOptions();
        using var request = BlobRequest(HttpMethod.Put, container, blob);
        BlobNames.ValidateMetadata(options.Metadata);
        request.Content = new ReadOnlyMemoryContent(content);
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(options.ContentType);
        request.Headers.TryAddWithoutValidation("x-ms-blob-type", "BlockBlob");
        BlobHeaders.AddMetadata(request, options.Metadata);
        BlobHeaders.AddConditions(request, options.OnlyIfNotExists ? "*" : null, options.IfMatch, options.LeaseId);
        using var response = await SendAsync(request, "PutBlob", cancellationToken, 409, 412).ConfigureAwait(false);
        return await IsExpectedErrorAsync(response, "PutBlob", cancellationToken, "BlobAlreadyExists", "ConditionNotMet").ConfigureAwait(false)
            ? null
            : ETagOf(response);
    }

    public virtual async Task<BlobContent?> DownloadIfExistsAsync(string container, string blob, CancellationToken cancellationToken = default)
    {
        using var request = BlobRequest(HttpMethod.Get, container, blob);
        using var response = await SendAsync(request, "GetBlob", cancellationToken, 404).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return new BlobContent(bytes, ETagOf(response) ?? string.Empty, response.Content.Headers.ContentType?.ToString(), BlobHeaders.Metadata(response));
    }

    /// <summary>Reads ETag, length, content type, last-modified, lease state and metadata without the content; null when the blob is missing.</summary>
    public virtual async Task<BlobProperties?> GetPropertiesIfExistsAsync(string container, string blob, CancellationToken cancellationToken = default)
    {
        using var request = BlobRequest(HttpMethod.Head, container, blob);
        using var response = await SendAsync(request, "GetBlobProperties", cancellationToken, 404).ConfigureAwait(false);
        return response.StatusCode == HttpStatusCode.NotFound ? null : BlobHeaders.Properties(response, ETagOf(response) ?? string.Empty);
    }

    /// <summary>Replaces all of a blob's metadata (the service has no partial update). Returns false on a failed If-Match.</summary>
    public virtual async Task<bool> SetMetadataAsync(string container, string blob, IReadOnlyDictionary<string, string> metadata, string? ifMatch = null, string? leaseId = null, CancellationToken cancellationToken = default)
    {
        BlobNames.ValidateMetadata(metadata);
        using var request = BlobRequest(HttpMethod.Put, container, blob, "?comp=metadata");
        BlobHeaders.AddMetadata(request, metadata);
        BlobHeaders.AddConditions(request, null, ifMatch, leaseId);
        using var response = await SendAsync(request, "SetBlobMetadata", cancellationToken, 412).ConfigureAwait(false);
        return !await IsExpectedErrorAsync(response, "SetBlobMetadata", cancellationToken, "ConditionNotMet").ConfigureAwait(false);
    }

    /// <summary>Deletes a blob (and its snapshots); false when it was not there.</summary>
    public virtual async Task<bool> DeleteIfExistsAsync(string container, string blob, CancellationToken cancellationToken = default)
    {
        using var request = BlobRequest(HttpMethod.Delete, container, blob);
        request.Headers.TryAddWithoutValidation("x-ms-delete-snapshots", "include");
        using var response = await SendAsync(request, "DeleteBlob", cancellationToken, 404).ConfigureAwait(false);
        return response.IsSuccessStatusCode;
    }

    private HttpRequestMessage BlobRequest(HttpMethod method, string container, string blob, string query = "")
    {
        BlobNames.ValidateContainer(container);
        BlobNames.ValidateBlob(blob);
        return new HttpRequestMessage(method, Url($"{container}/{BlobNames.Escape(blob)}{query}"));
    }
}
