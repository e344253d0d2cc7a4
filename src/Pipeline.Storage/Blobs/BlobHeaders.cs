using System.Globalization;

namespace Pipeline.Storage.Blobs;

/// <summary>Reading and writing the blob headers: metadata (<c>x-ms-meta-*</c>), conditions, leases, properties.</summary>
internal static class BlobHeaders
{
    private const string MetaPrefix = "x-ms-meta-";

    public static void AddConditions(HttpRequestMessage request, string? ifNoneMatch, string? ifMatch, string? leaseId = null)
    {
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (leaseId is not null)
        {
            request.Headers.TryAddWithoutValidation("x-ms-lease-id", leaseId);
        }
    }

    public static void AddMetadata(HttpRequestMessage request, IReadOnlyDictionary<string, string>? metadata)
    {
        foreach (var (key, value) in metadata ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(MetaPrefix + key, value);
        }
    }

    public static Dictionary<string, string> Metadata(HttpResponseMessage response) => response.Headers
        .Where(h => h.Key.StartsWith(MetaPrefix, StringComparison.OrdinalIgnoreCase))
        .ToDictionary(h => h.Key[MetaPrefix.Length..], h => string.Join(',', h.Value), StringComparer.OrdinalIgnoreCase);

    public static BlobProperties Properties(HttpResponseMessage response, string etag)
    {
        var content = response.Content.Headers;
        var length = response.Headers.TryGetValues("x-ms-blob-content-length", out var blobLength)
            && long.TryParse(blobLength.FirstOrDefault(), CultureInfo.InvariantCulture, out var declared)
            ? declared
            : content.ContentLength ?? 0;
        return new BlobProperties(
            etag,
            length,
            content.ContentType?.ToString(),
            content.LastModified,
            Metadata(response),
            response.Headers.TryGetValues("x-ms-lease-state", out var lease) ? lease.FirstOrDefault() : null);
    }
}
