using Microsoft.Extensions.Options;
using Pipeline.Core.Reliability;
using Pipeline.Host.Configuration;
using Pipeline.Host.Persistence;
using Pipeline.Storage;

namespace Pipeline.Host.Functions.RollupReliability;

/// <summary>
/// Timer trigger: rolls up the articles whose claims changed since the watermark (<see cref="IncrementalRollup"/>),
/// or everything (<see cref="FullRollup"/>) when <see cref="RollupBaseline.FullRunDue"/>: on the first run, every
/// <see cref="PipelineOptions.FullRollupInterval"/>, and whenever the data has doubled since the last full run.
/// Facts, ledgers and Sources are upserted under deterministic keys, and the change records are marked done and the
/// watermark moved only after those writes, so a crash repeats work but never skips or double-counts it.
/// </summary>
public sealed class RollupReliabilityFunction(StorageAccount storage, IOptions<PipelineOptions> options, TimeProvider clock, ILogger<RollupReliabilityFunction> logger)
{
    public const string Name = "RollupReliability";

    private readonly PipelineOptions _options = options.Value;

    /// <summary>Returns null when nothing changed since the last rollup, or while another rollup holds the lock.</summary>
    public Task<RollupResult?> HandleAsync(TimerTriggerInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return RunLockedAsync(forceFull: false, input.IsPastDue, cancellationToken);
    }

    /// <summary>A full recompute, whatever the watermark says (<c>pipeline rollup --full</c>); null while another rollup holds the lock.</summary>
    public Task<RollupResult?> RecomputeAsync(bool isPastDue, CancellationToken cancellationToken) =>
        RunLockedAsync(forceFull: true, isPastDue, cancellationToken);

    private async Task<RollupResult?> RunLockedAsync(bool forceFull, bool isPastDue, CancellationToken ct)
    {
        await using var held = await RollupLock.TryAcquireAsync(storage, _options.Tables, clock, ct);
        if (held is null)
        {
            Log.RollupBusy(logger);
            return null;
        }

        return await RunAsync(forceFull, isPastDue, held.Token);
    }

    private async Task<RollupResult?> RunAsync(bool forceFull, bool isPastDue, CancellationToken ct)
    {
        var started = clock.GetUtcNow();
        var changes = new ChangeLog(storage, _options.Tables);
        var (watermark, etag) = await changes.WatermarkAsync(Name, ct);
        var pending = await changes.PendingAsync(watermark, ct);
        if (pending.Count == 0 && !forceFull)
        {
            Log.RollupSkipped(logger, watermark ?? "none");
            return null;
        }

        var store = new RollupStore(storage, _options.Tables);
        var baseline = await store.BaselineAsync(ct);
        var backlog = pending.Select(p => p.RowKey).Distinct(StringComparer.Ordinal).Count();
        var full = forceFull || baseline.FullRunDue(started, _options.FullRollupInterval, backlog);
        var (taken, firstLeft) = full ? (pending, null) : ChangeLog.Take(pending, _options.MaxArticlesPerTick);
        RollupResult result;
        if (full)
        {
            // Marked first: a full run that dies half-way has rewritten part of the state, and only another full run repairs it.
            await store.MarkFullStartedAsync(started, ct);
            result = await new FullRollup(storage, _options.Tables, RollupOptions.Default).RunAsync(started, ct);
        }
        else
        {
            var changed = taken.Select(p => p.RowKey).Distinct(StringComparer.Ordinal).ToList();
            result = await new IncrementalRollup(storage, _options.Tables, RollupOptions.Default).RunAsync(changed, baseline, started, ct);
        }

        await changes.MarkDoneAsync(taken, ct);
        await AdvanceWatermarkAsync(changes, watermark, etag, Earliest(ChangeLog.WatermarkAfter(started), firstLeft), ct);
        Log.RolledUp(logger, full ? "full" : "incremental", taken.Count, result.Facts.Count, result.Sources.Count, isPastDue);
        return result;
    }

    /// <summary>Moves the watermark forward only (an overlapping late run must not pull it back), under its ETag.</summary>
    private async Task AdvanceWatermarkAsync(ChangeLog changes, string? watermark, string? etag, string next, CancellationToken ct)
    {
        var target = watermark is not null && string.CompareOrdinal(watermark, next) > 0 ? watermark : next;
        if (!await changes.AdvanceAsync(Name, target, etag, ct))
        {
            Log.WatermarkRaceLost(logger, target);
        }
    }

    private static string Earliest(string a, string? b) => b is not null && string.CompareOrdinal(b, a) < 0 ? b : a;
}
