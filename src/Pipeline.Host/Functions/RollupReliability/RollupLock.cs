using Pipeline.Host.Configuration;
using Pipeline.Host.Standalone;
using Pipeline.Storage;
using Pipeline.Storage.Blobs;

namespace Pipeline.Host.Functions.RollupReliability;

/// <summary>
/// One rollup at a time, across hosts, both modes and the CLI: a blob lease renewed while the run lasts. The Functions
/// host already runs a timer as a singleton, but not against <c>pipeline rollup</c>, and a tick that overlapped a full
/// run would re-total ledgers from a state the full run is rewriting. If a renewal fails, <see cref="Token"/> is
/// cancelled, so a run that may have lost the lock stops writing instead of racing the next holder.
/// </summary>
public sealed class RollupLock : IAsyncDisposable
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(60);

    private readonly StorageAccount _storage;
    private readonly string _blob;
    private readonly string _leaseId;
    private readonly CancellationTokenSource _held;
    private readonly CancellationTokenSource _stopRenewal = new();
    private readonly Task _renewal;

    private RollupLock(StorageAccount storage, string blob, string leaseId, TimeProvider clock, CancellationToken caller)
    {
        (_storage, _blob, _leaseId) = (storage, blob, leaseId);
        _held = CancellationTokenSource.CreateLinkedTokenSource(caller);
        _renewal = RenewAsync(clock);
    }

    /// <summary>Cancelled when the caller cancels or the lease could not be renewed.</summary>
    public CancellationToken Token => _held.Token;

    /// <summary>
    /// The lock over the rollup state in <paramref name="tables"/> (deployments that share an account with other
    /// table names do not block each other), or null while another rollup holds it.
    /// </summary>
    public static async Task<RollupLock?> TryAcquireAsync(StorageAccount storage, TableNames tables, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var blob = $"locks/{tables.RollupState}/rollup";
        await storage.Blobs.CreateContainerIfNotExistsAsync(HostsContainer.Name, ct);
        await storage.Blobs.UploadAsync(HostsContainer.Name, blob, ReadOnlyMemory<byte>.Empty, new BlobUploadOptions { OnlyIfNotExists = true }, ct);
        var leaseId = await storage.Leases.AcquireAsync(HostsContainer.Name, blob, Lease, cancellationToken: ct);
        return leaseId is null ? null : new RollupLock(storage, blob, leaseId, clock, ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopRenewal.CancelAsync();
        await _renewal.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        try
        {
            await _storage.Leases.ReleaseAsync(HostsContainer.Name, _blob, _leaseId, CancellationToken.None);
        }
        catch (StorageRequestFailedException)
        {
            // Storage is failing: the lease lapses on its own within a minute, and the run's own error is the one to report.
        }
        finally
        {
            _stopRenewal.Dispose();
            _held.Dispose();
        }
    }

    private async Task RenewAsync(TimeProvider clock)
    {
        while (!_stopRenewal.IsCancellationRequested)
        {
            await Task.Delay(Lease / 3, clock, _stopRenewal.Token);
            bool renewed;
            try
            {
                renewed = await _storage.Leases.RenewAsync(HostsContainer.Name, _blob, _leaseId, _stopRenewal.Token);
            }
            catch (StorageRequestFailedException)
            {
                renewed = false;
            }

            if (!renewed)
            {
                await _held.CancelAsync();
                return;
            }
        }
    }
}
