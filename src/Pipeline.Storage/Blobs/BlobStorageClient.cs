using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using Pipeline.Storage.Auth;
using Pipeline.Storage.Http;

namespace Pipeline.Storage.Blobs;

/// <summary>Blob service operations the pipeline uses: containers, upload, download, list, metadata and leases.</summary>
public class BlobStorageClient : StorageClientBase
{
    public BlobStorageClient(HttpClient http, StorageConnection connection)
        : base(http, connection, StorageService.Blob)
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
        BlobNames.ValidateContainer(container);
        BlobNames.ValidateBlob(blob);
        BlobNames.ValidateMetadata(options.Metadata);
        using var request = new HttpRequestMessage(HttpMethod.Put, Url($"{container}/{BlobNames.Escape(blob)}"))
        {
            Content = new ReadOnlyMemoryContent(content),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(options.ContentType);
        request.Headers.TryAddWithoutValidation("x-ms-blob-type", "BlockBlob");
        AddMetadata(request, options.Metadata);
        AddConditions(request, options.OnlyIfNotExists ? "*" : null, options.IfMatch);
        using var response = await SendAsync(request, "PutBlob", cancellationToken, 409, 412).ConfigureAwait(false);
        return response.IsSuccessStatusCode ? ETagOf(response) : null;
    }

    public virtual async Task<BlobContent?> DownloadIfExistsAsync(string container, string blob, CancellationToken cancellationToken = default)
    {
        BlobNames.ValidateContainer(container);
        BlobNames.ValidateBlob(blob);
        using var request = new HttpRequestMessage(HttpMethod.Get, Url($"{container}/{BlobNames.Escape(blob)}"));
        using var response = await SendAsync(request, "GetBlob", cancellationToken, 404).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return new BlobContent(bytes, ETagOf(response) ?? string.Empty, response.Content.Headers.ContentType?.ToString(), MetadataOf(response));
    }

    /// <summary>Replaces all of a blob's metadata (the service has no partial update). Returns false on a failed If-Match.</summary>
    public virtual async Task<bool> SetMetadataAsync(string container, string blob, IReadOnlyDictionary<string, string> metadata, string? ifMatch = null, string? leaseId = null, CancellationToken cancellationToken = default)
    {
        BlobNames.ValidateMetadata(metadata);
        using var request = new HttpRequestMessage(HttpMethod.Put, Url($"{container}/{BlobNames.Escape(blob)}?comp=metadata"));
        AddMetadata(request, metadata);
        AddConditions(request, null, ifMatch);
        if (leaseId is not null)
        {
            request.Headers.TryAddWithoutValidation("x-ms-lease-id", leaseId);
        }

        using var response = await SendAsync(request, "SetBlobMetadata", cancellationToken, 412).ConfigureAwait(false);
        return response.IsSuccessStatusCode;
    }

    public virtual async Task<bool> DeleteIfExistsAsync(string container, string blob, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, Url($"{container}/{BlobNames.Escape(blob)}"));
        using var response = await SendAsync(request, "DeleteBlob", cancellationToken, 404).ConfigureAwait(false);
        return response.IsSuccessStatusCode;
    }

    /// <summary>Lists blobs under a prefix with their metadata, following continuation markers page by page.</summary>
    public virtual async IAsyncEnumerable<BlobItem> ListAsync(string container, string? prefix = null, int pageSize = 5000, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        BlobNames.ValidateContainer(container);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, 5000);
        string? marker = null;
        do
        {
            var query = $"{container}?restype=container&comp=list&include=metadata&maxresults={pageSize}"
                + (prefix is null ? string.Empty : "&prefix=" + Uri.EscapeDataString(prefix))
                + (marker is null ? string.Empty : "&marker=" + Uri.EscapeDataString(marker));
            using var request = new HttpRequestMessage(HttpMethod.Get, Url(query));
            using var response = await SendAsync(request, "ListBlobs", cancellationToken).ConfigureAwait(false);
            var (items, next) = BlobListParser.Parse(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
            foreach (var item in items)
            {
                yield return item;
            }

            marker = next;
        }
        while (marker is not null);
    }

    internal static void AddConditions(HttpRequestMessage request, string? ifNoneMatch, string? ifMatch)
    {
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
    }

    private static void AddMetadata(HttpRequestMessage request, IReadOnlyDictionary<string, string>? metadata)
    {
        foreach (var (key, value) in metadata ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation("x-ms-meta-" + key, value);
        }
    }

    private static Dictionary<string, string> MetadataOf(HttpResponseMessage response) => response.Headers
        .Where(h => h.Key.StartsWith("x-ms-meta-", StringComparison.OrdinalIgnoreCase))
        .ToDictionary(h => h.Key["x-ms-meta-".Length..].ToLowerInvariant(), h => string.Join(',', h.Value), StringComparer.OrdinalIgnoreCase);
}
