using Microsoft.Extensions.Options;
using Pipeline.Core.Reliability;
using Pipeline.Core.Reliability.Consistency;
using Pipeline.Host.Configuration;
using Pipeline.Host.Persistence;
using Pipeline.Storage;
using Pipeline.Storage.Tables;

namespace Pipeline.Host.Functions.RollupReliability;

/// <summary>
/// Timer trigger: when claims changed since the watermark, truth discovery over every claim (copies discounted,
/// internal contradictions flagged), then Facts and Sources upserted under deterministic keys, so a repeated run
/// rewrites the same rows. A tick with nothing new reads no claims.
/// </summary>
public sealed class RollupReliabilityFunction(StorageAccount storage, IOptions<PipelineOptions> options, TimeProvider clock, ILogger<RollupReliabilityFunction> logger)
{
    public const string Name = "RollupReliability";

    private readonly PipelineOptions _options = options.Value;

    /// <summary>Returns null when nothing changed since the last rollup.</summary>
    public async Task<RollupResult?> HandleAsync(TimerTriggerInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var started = clock.GetUtcNow();
        var changes = new ChangeLog(storage, _options.Tables);
        var (watermark, etag) = await changes.WatermarkAsync(Name, cancellationToken);
        if (!await changes.HasChangesSinceAsync(watermark, cancellationToken))
        {
            Log.RollupSkipped(logger, watermark ?? "none");
            return null;
        }

        var result = await RecomputeAsync(input.IsPastDue, cancellationToken);
        await changes.AdvanceAsync(Name, ChangeLog.Bucket(started), etag, cancellationToken);
        return result;
    }

    /// <summary>A full recompute, whatever the watermark says (<c>pipeline rollup</c>).</summary>
    public async Task<RollupResult> RecomputeAsync(bool isPastDue, CancellationToken cancellationToken)
    {
        var articles = await RollupInputs.ArticlesAsync(storage, _options.Tables.Articles, cancellationToken);
        var copies = RollupInputs.CopiesOf(articles);
        var observations = new List<ClaimObservation>();
        var byArticle = new Dictionary<string, List<ArticleClaim>>(StringComparer.Ordinal);
        await foreach (var row in storage.Tables.QueryAsync(_options.Tables.Claims, new TableQuery(Select: ClaimRow.RollupColumns), cancellationToken))
        {
            if (ClaimEvidence.ToObservation(row, copies.GetValueOrDefault(row.PartitionKey)) is { } observation)
            {
                observations.Add(observation);
            }

            if (!byArticle.TryGetValue(row.PartitionKey, out var claims))
            {
                byArticle[row.PartitionKey] = claims = [];
            }

            claims.Add(ClaimEvidence.ToArticleClaim(row));
        }

        var flags = articles.Where(a => byArticle.ContainsKey(a.ArticleId))
            .SelectMany(a => InternalConsistency.Check(new ArticleClaims(a.ArticleId, a.Source, a.Published, byArticle[a.ArticleId])))
            .ToList();
        var result = ReliabilityRollup.Compute(observations, flags: flags);
        await WriteAsync(result, cancellationToken);
        Log.RolledUp(logger, observations.Count, result.Facts.Count, result.Sources.Count, isPastDue);
        return result;
    }

    private async Task WriteAsync(RollupResult result, CancellationToken cancellationToken)
    {
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
    }
}
