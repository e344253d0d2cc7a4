using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Pipeline.Host.Configuration;
using Pipeline.Host.Functions;
using Pipeline.Storage;
using Pipeline.Storage.Blobs;

namespace Pipeline.Host.Standalone;

/// <summary>
/// The polling blob trigger: scans the container, and processes each blob version once, guarded by a receipt blob
/// per ETag (leased while processing). After <c>poisonBlobThreshold</c> failures it writes the poison message.
/// </summary>
public sealed class BlobTriggerListener(
    string function,
    string container,
    Func<BlobTriggerInput, CancellationToken, Task> invoke,
    StorageAccount storage,
    HostJson settings,
    string hostId,
    ILogger logger)
{
    private readonly ConcurrentDictionary<string, bool> _done = new(StringComparer.Ordinal);

    public async Task RunAsync(TimeSpan interval, TimeProvider clock, CancellationToken cancellationToken)
    {
        await storage.Blobs.CreateContainerIfNotExistsAsync(container, cancellationToken);
        await storage.Blobs.CreateContainerIfNotExistsAsync(HostsContainer.Name, cancellationToken);
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await ScanOnceAsync(cancellationToken);
            }
            catch (StorageRequestFailedException e)
            {
                Log.ListenerBackoff(logger, e, container);
            }

            await Task.Delay(interval, clock, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>One pass over the container; returns how many blob versions it processed.</summary>
    public async Task<int> ScanOnceAsync(CancellationToken cancellationToken)
    {
        var pending = new List<BlobItem>();
        await foreach (var blob in storage.Blobs.ListAsync(container, cancellationToken: cancellationToken))
        {
            if (!_done.ContainsKey(blob.Name + blob.ETag))
            {
                pending.Add(blob);
            }
        }

        var processed = 0;
        await Parallel.ForEachAsync(pending, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken }, async (blob, ct) =>
        {
            if (await ProcessAsync(blob, ct))
            {
                Interlocked.Increment(ref processed);
            }
        });
        return processed;
    }

    private async Task<bool> ProcessAsync(BlobItem blob, CancellationToken cancellationToken)
    {
        var receipt = HostsContainer.Receipt(hostId, function, blob.ETag, container, blob.Name);
        var existing = await storage.Blobs.DownloadIfExistsAsync(HostsContainer.Name, receipt, cancellationToken);
        if (existing is not null && !existing.Metadata.ContainsKey("Incomplete"))
        {
            _done[blob.Name + blob.ETag] = true;
            return false;
        }

        if (existing is null)
        {
            await storage.Blobs.UploadAsync(HostsContainer.Name, receipt, ReadOnlyMemory<byte>.Empty,
                new BlobUploadOptions { OnlyIfNotExists = true, Metadata = Incomplete(0) }, cancellationToken);
        }

        var lease = await storage.Leases.AcquireAsync(HostsContainer.Name, receipt, TimeSpan.FromSeconds(60), cancellationToken: cancellationToken);
        if (lease is null)
        {
            return false;
        }

        try
        {
            return await ProcessLeasedAsync(blob, receipt, lease, cancellationToken);
        }
        finally
        {
            await storage.Leases.ReleaseAsync(HostsContainer.Name, receipt, lease, CancellationToken.None);
        }
    }

    private async Task<bool> ProcessLeasedAsync(BlobItem blob, string receipt, string lease, CancellationToken cancellationToken)
    {
        var current = await storage.Blobs.DownloadIfExistsAsync(HostsContainer.Name, receipt, cancellationToken);
        if (current is null || !current.Metadata.TryGetValue("Incomplete", out _))
        {
            return false;
        }

        var attempts = (current.Metadata.TryGetValue("Attempts", out var a) && int.TryParse(a, CultureInfo.InvariantCulture, out var n) ? n : 0) + 1;
        await storage.Blobs.SetMetadataAsync(HostsContainer.Name, receipt, Incomplete(attempts), leaseId: lease, cancellationToken: cancellationToken);
        var content = await storage.Blobs.DownloadIfExistsAsync(container, blob.Name, cancellationToken);
        try
        {
            if (content is not null)
            {
                await invoke(new BlobTriggerInput(blob.Name, content.Content, content.Metadata), cancellationToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.InvocationFailed(logger, e, function, attempts);
            if (attempts < settings.PoisonBlobThreshold)
            {
                return false;
            }

            await PoisonAsync(blob, attempts, cancellationToken);
        }

        await storage.Blobs.SetMetadataAsync(HostsContainer.Name, receipt, new Dictionary<string, string>(), leaseId: lease, cancellationToken: cancellationToken);
        _done[blob.Name + blob.ETag] = true;
        return true;
    }

    private async Task PoisonAsync(BlobItem blob, int attempts, CancellationToken cancellationToken)
    {
        var message = new { Type = "BlobTrigger", FunctionId = function, BlobType = "BlockBlob", ContainerName = container, BlobName = blob.Name, blob.ETag };
        await storage.Queues.CreateIfNotExistsAsync(HostsContainer.BlobPoisonQueue, cancellationToken);
        await storage.Queues.SendAsync(HostsContainer.BlobPoisonQueue, JsonSerializer.Serialize(message), cancellationToken: cancellationToken);
        Log.BlobPoisoned(logger, blob.Name, attempts);
    }

    private static Dictionary<string, string> Incomplete(int attempts) =>
        new() { ["Incomplete"] = "Incomplete", ["Attempts"] = attempts.ToString(CultureInfo.InvariantCulture) };
}
