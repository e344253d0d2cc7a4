using Microsoft.Extensions.Options;
using Pipeline.Storage;

namespace Pipeline.Host.Configuration;

/// <summary>Creates the containers, queue and tables at start, before any trigger or request needs them.</summary>
public sealed class StorageProvisioner(StorageAccount storage, IOptions<PipelineOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        foreach (var container in new[] { o.ArticlesContainer, o.RejectedContainer, o.NormalizedContainer })
        {
            await storage.Blobs.CreateContainerIfNotExistsAsync(container, cancellationToken);
        }

        await storage.Queues.CreateIfNotExistsAsync(o.ClaimsQueue, cancellationToken);
        foreach (var table in o.Tables.All)
        {
            await storage.Tables.CreateIfNotExistsAsync(table, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
