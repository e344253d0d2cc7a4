using System.Globalization;
using System.Net;
using Microsoft.Extensions.Logging;
using Pipeline.Storage.Auth;
using Pipeline.Storage.Http;

namespace Pipeline.Storage.Blobs;

/// <summary>Blob leases: the timer singleton and the blob-receipt locks are built on them.</summary>
public class BlobLeaseClient : StorageClientBase
{
    public BlobLeaseClient(HttpClient http, StorageConnection connection, ILogger? logger = null)
        : base(http, connection, StorageService.Blob, logger)
    {
    }

    protected BlobLeaseClient()
    {
    }

    /// <summary>Acquires a lease of 15-60 s (or infinite with -1). Returns the lease id, or null when someone else holds it.</summary>
    public virtual async Task<string?> AcquireAsync(string container, string blob, TimeSpan duration, string? proposedLeaseId = null, CancellationToken cancellationToken = default)
    {
        var seconds = duration == Timeout.InfiniteTimeSpan ? -1 : (int)duration.TotalSeconds;
        if (seconds != -1 && seconds is < 15 or > 60)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), "A lease lasts 15 to 60 seconds, or is infinite.");
        }

        using var request = LeaseRequest(container, blob, "acquire");
        request.Headers.TryAddWithoutValidation("x-ms-lease-duration", seconds.ToString(CultureInfo.InvariantCulture));
        request.Headers.TryAddWithoutValidation("x-ms-proposed-lease-id", proposedLeaseId ?? Guid.NewGuid().ToString());
        using var response = await SendAsync(request, "AcquireLease", cancellationToken, 409).ConfigureAwait(false);
        return response.StatusCode == HttpStatusCode.Conflict ? null : response.Headers.GetValues("x-ms-lease-id").First();
    }

    /// <summary>Renews a held lease; false when it was lost.</summary>
    public virtual async Task<bool> RenewAsync(string container, string blob, string leaseId, CancellationToken cancellationToken = default)
    {
        using var request = LeaseRequest(container, blob, "renew");
        request.Headers.TryAddWithoutValidation("x-ms-lease-id", leaseId);
        using var response = await SendAsync(request, "RenewLease", cancellationToken, 409, 412).ConfigureAwait(false);
        return response.IsSuccessStatusCode;
    }

    public virtual async Task ReleaseAsync(string container, string blob, string leaseId, CancellationToken cancellationToken = default)
    {
        using var request = LeaseRequest(container, blob, "release");
        request.Headers.TryAddWithoutValidation("x-ms-lease-id", leaseId);
        using var response = await SendAsync(request, "ReleaseLease", cancellationToken, 409, 412).ConfigureAwait(false);
    }

    private HttpRequestMessage LeaseRequest(string container, string blob, string action)
    {
        BlobNames.ValidateContainer(container);
        BlobNames.ValidateBlob(blob);
        var request = new HttpRequestMessage(HttpMethod.Put, Url($"{container}/{BlobNames.Escape(blob)}?comp=lease"));
        request.Headers.TryAddWithoutValidation("x-ms-lease-action", action);
        return request;
    }
}
