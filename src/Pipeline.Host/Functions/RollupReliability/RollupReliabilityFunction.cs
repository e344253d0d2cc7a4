using Microsoft.Extensions.Options;
using Pipeline.Core.Reliability;
using Pipeline.Host.Configuration;
using Pipeline.Host.Persistence;
using Pipeline.Storage;
using Pipeline.Storage.Tables;

namespace Pipeline.Host.Functions.RollupReliability;

/// <summary>
/// Timer trigger: read the claims, find each fact's consensus and each source's agreement, and upsert Facts and
/// Sources under deterministic keys, so a repeated run rewrites the same rows.
/// </summary>
public sealed class RollupReliabilityFunction(StorageAccount storage, IOptions<PipelineOptions> options, TimeProvider clock, ILogger<RollupReliabilityFunction> logger)
{
    private readonly PipelineOptions _options = options.Value;

    public async Task<RollupResult> HandleAsync(TimerTriggerInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var observations = new List<ClaimObservation>();
        await foreach (var row in storage.Tables.QueryAsync(_options.Tables.Claims, new TableQuery(Select: ClaimRow.RollupColumns), cancellationToken))
        {
            if (ClaimRow.ToObservation(row) is { } observation)
            {
                observations.Add(observation);
            }
        }

        var result = ReliabilityRollup.Compute(observations);
        var now = clock.GetUtcNow();
        foreach (var partition in result.Facts.Select(f => FactRow.ToEntity(f, now)).GroupBy(e => e.PartitionKey, StringComparer.Ordinal))
        {
            foreach (var chunk in partition.Chunk(TableStorageClient.MaxTransactionActions))
            {
                await storage.Tables.SubmitTransactionAsync(_options.Tables.Facts, chunk.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)).ToList(), cancellationToken);
            }
        }

        foreach (var source in result.Sources)
        {
            await storage.Tables.UpsertAsync(_options.Tables.Sources, SourceRow.ToEntity(source, now), cancellationToken: cancellationToken);
        }

        Log.RolledUp(logger, observations.Count, result.Facts.Count, result.Sources.Count, input.IsPastDue);
        return result;
    }
}
