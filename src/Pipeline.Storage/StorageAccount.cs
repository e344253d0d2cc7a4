using Azure.Core;
using Pipeline.Storage.Auth;
using Pipeline.Storage.Blobs;
using Pipeline.Storage.Http;
using Pipeline.Storage.Queues;
using Pipeline.Storage.Tables;

namespace Pipeline.Storage;

/// <summary>One storage account's clients, sharing one connection and one resilience configuration per service.</summary>
public sealed class StorageAccount : IDisposable
{
    private readonly HttpClient[] _http;

    public StorageAccount(StorageConnection connection, StorageOptions options, TimeProvider clock, TokenCredential? credential = null, Func<HttpMessageHandler>? transport = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        Connection = connection;
        _http = [.. Enum.GetValues<StorageService>().Select(s => StorageHttp.CreateClient(connection, s, options, clock, credential, transport?.Invoke()))];
        Blobs = new BlobStorageClient(_http[(int)StorageService.Blob], connection);
        Leases = new BlobLeaseClient(_http[(int)StorageService.Blob], connection);
        Queues = new QueueStorageClient(_http[(int)StorageService.Queue], connection);
        Tables = new TableStorageClient(_http[(int)StorageService.Table], connection);
    }

    public StorageConnection Connection { get; }

    public BlobStorageClient Blobs { get; }

    public BlobLeaseClient Leases { get; }

    public QueueStorageClient Queues { get; }

    public TableStorageClient Tables { get; }

    public void Dispose()
    {
        foreach (var client in _http)
        {
            client.Dispose();
        }
    }
}
