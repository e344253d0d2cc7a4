using System.Text.Json;
using NCrontab;
using Pipeline.Host.Functions;
using Pipeline.Storage;
using Pipeline.Storage.Blobs;

namespace Pipeline.Host.Standalone;

/// <summary>
/// A 6-field NCRONTAB timer that fires once per occurrence across every instance: a blob lease makes it a
/// singleton, and the status blob records the last occurrence run, so an instance that gets the lease late skips it.
/// </summary>
public sealed class TimerTriggerListener(
    string function,
    string schedule,
    Func<TimerTriggerInput, CancellationToken, Task> invoke,
    StorageAccount storage,
    string hostId,
    TimeProvider clock,
    ILogger logger)
{
    private readonly CrontabSchedule _schedule = CrontabSchedule.Parse(schedule, new CrontabSchedule.ParseOptions { IncludingSeconds = true });

    public DateTimeOffset NextOccurrence(DateTimeOffset after) =>
        new(_schedule.GetNextOccurrence(after.UtcDateTime), TimeSpan.Zero);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await storage.Blobs.CreateContainerIfNotExistsAsync(HostsContainer.Name, cancellationToken);
        while (!cancellationToken.IsCancellationRequested)
        {
            var due = NextOccurrence(clock.GetUtcNow());
            await Task.Delay(Max(due - clock.GetUtcNow(), TimeSpan.Zero), clock, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (cancellationToken.IsCancellationRequested)
            {
                return;
            }

            try
            {
                await FireAsync(due, cancellationToken);
            }
            catch (StorageRequestFailedException e)
            {
                Log.ListenerBackoff(logger, e, function);
            }
        }
    }

    /// <summary>Runs the occurrence unless another instance holds the lock or already ran it. Returns whether it ran.</summary>
    public async Task<bool> FireAsync(DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        var lockBlob = HostsContainer.TimerLock(hostId, function);
        await storage.Blobs.UploadAsync(HostsContainer.Name, lockBlob, ReadOnlyMemory<byte>.Empty, new BlobUploadOptions { OnlyIfNotExists = true }, cancellationToken);
        var lease = await storage.Leases.AcquireAsync(HostsContainer.Name, lockBlob, TimeSpan.FromSeconds(60), cancellationToken: cancellationToken);
        if (lease is null)
        {
            return false;
        }

        try
        {
            var status = await ReadStatusAsync(cancellationToken);
            if (status is not null && status.Last >= occurrence)
            {
                return false;
            }

            await invoke(new TimerTriggerInput(status is not null && status.Next < occurrence, status?.Last, occurrence), cancellationToken);
            await WriteStatusAsync(new TimerStatus(occurrence, NextOccurrence(occurrence), clock.GetUtcNow()), cancellationToken);
            return true;
        }
        catch (Exception e) when (e is not StorageRequestFailedException && e is not OperationCanceledException)
        {
            // Like the host: a failed run waits for the next occurrence.
            Log.InvocationFailed(logger, e, function, 1);
            return false;
        }
        finally
        {
            await storage.Leases.ReleaseAsync(HostsContainer.Name, lockBlob, lease, CancellationToken.None);
        }
    }

    private async Task<TimerStatus?> ReadStatusAsync(CancellationToken cancellationToken)
    {
        var blob = await storage.Blobs.DownloadIfExistsAsync(HostsContainer.Name, HostsContainer.TimerStatus(hostId, function), cancellationToken);
        return blob is null ? null : JsonSerializer.Deserialize<TimerStatus>(blob.Content);
    }

    private async Task WriteStatusAsync(TimerStatus status, CancellationToken cancellationToken) =>
        await storage.Blobs.UploadAsync(HostsContainer.Name, HostsContainer.TimerStatus(hostId, function), JsonSerializer.SerializeToUtf8Bytes(status),
            new BlobUploadOptions { ContentType = "application/json" }, cancellationToken);

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
