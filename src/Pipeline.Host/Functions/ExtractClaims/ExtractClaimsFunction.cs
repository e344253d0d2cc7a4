using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Pipeline.Core.Claims;
using Pipeline.Host.Configuration;
using Pipeline.Host.Contracts;
using Pipeline.Host.Persistence;
using Pipeline.Storage;
using Pipeline.Storage.Blobs;
using Pipeline.Storage.Tables;

namespace Pipeline.Host.Functions.ExtractClaims;

/// <summary>
/// Queue trigger: extract the article's claims and upsert them under deterministic keys, so a redelivered message
/// rewrites the same rows. A message that can never succeed is recorded with its reason and acknowledged.
/// </summary>
public sealed class ExtractClaimsFunction(StorageAccount storage, IOptions<PipelineOptions> options, TimeProvider clock, ILogger<ExtractClaimsFunction> logger)
{
    private readonly PipelineOptions _options = options.Value;

    public async Task<int> HandleAsync(QueueTriggerInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var message = ClaimsMessageReader.TryRead(input.Text, out var error);
        var stored = message is null ? null : await storage.Blobs.DownloadIfExistsAsync(_options.NormalizedContainer, StoredArticle.BlobName(message.ArticleId), cancellationToken);
        if (message is null || stored is null)
        {
            await RejectAsync(input, error ?? $"The normalised article {message?.ArticleId} does not exist.", cancellationToken);
            return 0;
        }

        var article = JsonSerializer.Deserialize<StoredArticle>(stored.Content, ContractJson.Options)!.ToArticle();
        var claims = ClaimExtractor.Extract(article);
        var headlineEnd = article.HeadlineEnd;
        await storage.Tables.UpsertAllAsync(_options.Tables.Claims, claims.Select(c => ClaimRow.ToEntity(message.ArticleId, article.Source, c, headlineEnd)), cancellationToken);
        await DeleteDroppedClaimsAsync(message.ArticleId, claims, cancellationToken);

        var progress = new TableEntity(ArticleRow.PartitionOf(message.ArticleId), message.ArticleId) { ["Status"] = ArticleRow.Processed, ["ClaimCount"] = claims.Count };
        await storage.Tables.UpsertAsync(_options.Tables.Articles, progress, TableUpdateMode.Merge, cancellationToken);
        await new ChangeLog(storage, _options.Tables).RecordAsync(message.ArticleId, clock.GetUtcNow(), cancellationToken);
        Log.Extracted(logger, message.ArticleId, claims.Count, input.DequeueCount);
        return claims.Count;
    }

    /// <summary>A re-extraction (a newer extractor) may no longer find a claim the last one stored: it must not linger.</summary>
    private async Task DeleteDroppedClaimsAsync(string articleId, IReadOnlyList<Claim> claims, CancellationToken cancellationToken)
    {
        var current = claims.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var stored = storage.Tables.QueryAsync(_options.Tables.Claims, new TableQuery(TableFilter.Equal("PartitionKey", articleId), ["PartitionKey", "RowKey"]), cancellationToken);
        var dropped = await stored.Where(r => !current.Contains(r.RowKey)).Select(r => (r.PartitionKey, r.RowKey)).ToListAsync(cancellationToken);
        await storage.Tables.DeleteAllIfExistAsync(_options.Tables.Claims, dropped, cancellationToken);
    }

    private async Task RejectAsync(QueueTriggerInput input, string reason, CancellationToken cancellationToken)
    {
        Log.MessageRejected(logger, input.MessageId, reason);
        var record = new { messageId = input.MessageId, text = input.Text, reason };
        await storage.Blobs.UploadAsync(_options.RejectedContainer, $"messages/{KeyHash.Of(input.Text)}.json",
            Encoding.UTF8.GetBytes(JsonSerializer.Serialize(record, ContractJson.Options)), new BlobUploadOptions { ContentType = "application/json" }, cancellationToken);
    }
}
