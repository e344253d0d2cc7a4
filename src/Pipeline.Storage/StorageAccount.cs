using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Logging;
using Pipeline.Storage.Auth;
using Pipeline.Storage.Blobs;
using Pipeline.Storage.Http;
using Pipeline.Storage.Queues;
using Pipeline.Storage.Tables;

namespace Pipeline.Storage;

/// <summary>
/// One storage account's clients, sharing one connection; each service has its own HttpClient and resilience
/// pipeline (so a failing Table endpoint does not open Blob's circuit). A connection without a key or SAS
/// authenticates with <paramref name="credential"/>, or <see cref="DefaultAzureCredential"/> when none is given.
/// </summary>
public sealed class StorageAccount : IDisposable
{
    public const string LoggerCategory = "Pipeline.Storage";

    private readonly HttpClient[] _http;

    public StorageAccount(
        StorageConnection connection,
        StorageOptions options,
        TimeProvider clock,
        TokenCredential? credential = null,
        Func<HttpMessageHandler>? transport = null,
        ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        Connection = connection;
        var logger = loggerFactory?.CreateLogger(LoggerCategory);
        if (connection.AccountKey is null && connection.SasToken is null)
        {
            credential ??= new DefaultAzureCredential();
        }

        _http = [.. Enum.GetValues<StorageService>().Select(s => StorageHttp.CreateClient(connection, s, options, clock, credential, transport?.Invoke(), logger))];
        Blobs = new BlobStorageClient(_http[(int)StorageService.Blob], connection, logger);
        Leases = new BlobLeaseClient(_http[(int)StorageService.Blob], connection, logger);
        Queues = new QueueStorageClient(_http[(int)StorageService.Queue], connection, options.QueueMessageEncoding, logger);
        Tables = new TableStorageClient(_http[(int)StorageService.Table], connection, logger);
    }

    public StorageConnection Connection { get; }

    /// <summary>The account the app's settings name: a connection string, or identity-based settings (see <see cref="StorageSettings"/>).</summary>
    public static StorageAccount FromConfiguration(
        Microsoft.Extensions.Configuration.IConfiguration configuration,
        StorageOptions options,
        TimeProvider clock,
        ILoggerFactory? loggerFactory = null,
        string connectionName = StorageSettings.ConnectionName)
    {
        var (connection, credential) = StorageSettings.Read(configuration, connectionName);
        return new StorageAccount(connection, options, clock, credential, transport: null, loggerFactory);
    }

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
