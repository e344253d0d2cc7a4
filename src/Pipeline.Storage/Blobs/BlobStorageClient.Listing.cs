using System.Runtime.CompilerServices;

namespace Pipeline.Storage.Blobs;

public partial class BlobStorageClient
{
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
}
