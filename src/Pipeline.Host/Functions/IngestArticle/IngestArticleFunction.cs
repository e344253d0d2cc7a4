using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Pipeline.Core.Articles;
using Pipeline.Core.Claims;
using Pipeline.Core.Reliability.Copies;
using Pipeline.Host.Configuration;
using Pipeline.Host.Contracts;
using Pipeline.Host.Functions.RollupReliability;
using Pipeline.Host.Persistence;
using Pipeline.Storage;
using Pipeline.Storage.Blobs;

namespace Pipeline.Host.Functions.IngestArticle;

/// <summary>
/// Blob trigger: parse the upload, keep the normalised article, and queue it for extraction. The same content
/// uploaded under another name is recorded as a duplicate and not queued; bad input is rejected with its reason.
/// </summary>
public sealed class IngestArticleFunction(StorageAccount storage, IOptions<PipelineOptions> options, TimeProvider clock, ILogger<IngestArticleFunction> logger)
{
    private readonly PipelineOptions _options = options.Value;

    public async Task<UploadRow> HandleAsync(BlobTriggerInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var parsed = ArticleParser.Parse(input.Content, input.Name, ArticleHintsReader.From(input.Name, input.Metadata));
        if (!parsed.Succeeded)
        {
            return await RejectAsync(input.Name, parsed.Rejection, cancellationToken);
        }

        var (article, inferred) = WithPublicationDate(parsed.Article);
        var stored = StoredArticle.From(article, input.Name);
        var fingerprint = ArticleFingerprint.Compute(article.Text);
        var row = new ArticleRow(article.Id.Value, article.Source, stored.PublishedAt, article.Title, input.Name, ArticleRow.Queued, 0, clock.GetUtcNow())
        {
            Fingerprint = fingerprint,
            PublishedInferred = inferred,
        };
        if (await storage.Tables.InsertAsync(_options.Tables.Articles, row.ToEntity(), cancellationToken) is null
            && await FirstBlobOf(article.Id.Value, cancellationToken) != input.Name)
        {
            // Written only for the first blob: a duplicate must not re-point the stored article at itself.
            Log.Duplicate(logger, input.Name, article.Id.Value);
            return await RecordAsync(new UploadRow(input.Name, UploadStatus.Duplicate, article.Id.Value, "The same text was already uploaded.", clock.GetUtcNow()), cancellationToken);
        }

        // Indexed before its claims are queued, so the rollup finds this article when it checks a later copy.
        await new CopyIndex(storage, _options.Tables).IndexAsync(article.Id.Value, fingerprint, cancellationToken);
        await storage.Blobs.UploadAsync(_options.NormalizedContainer, StoredArticle.BlobName(article.Id.Value),
            JsonSerializer.SerializeToUtf8Bytes(stored, ContractJson.Options), new BlobUploadOptions { ContentType = "application/json" }, cancellationToken);

        // A redelivery of the first upload re-queues: extraction is idempotent, and a crash before this line must not strand the article.
        await storage.Queues.SendAsync(_options.ClaimsQueue, JsonSerializer.Serialize(new ClaimsMessage(article.Id.Value, article.Source, input.Name), ContractJson.Options), cancellationToken: cancellationToken);
        Log.Ingested(logger, input.Name, article.Id.Value, article.Source);
        return await RecordAsync(new UploadRow(input.Name, UploadStatus.Processed, article.Id.Value, null, clock.GetUtcNow()), cancellationToken);
    }

    /// <summary>
    /// The upload's date wins; without one, a date inferred from the text with at least even confidence (a dateline
    /// day without a year takes the year the upload arrived in).
    /// </summary>
    private (Article Article, bool Inferred) WithPublicationDate(Article article)
    {
        if (article.PublishedAt is not null)
        {
            return (article, false);
        }

        var (date, confidence) = PublicationDateInference.Infer(article.BodyText(), DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        return date is not null && confidence >= 0.5 ? (article with { PublishedAt = date }, true) : (article, false);
    }

    private async Task<string?> FirstBlobOf(string articleId, CancellationToken cancellationToken) =>
        (await storage.Tables.GetIfExistsAsync(_options.Tables.Articles, ArticleRow.PartitionOf(articleId), articleId, cancellationToken))?.GetString("FirstBlob");

    private async Task<UploadRow> RejectAsync(string blob, ArticleRejection rejection, CancellationToken cancellationToken)
    {
        Log.Rejected(logger, blob, rejection.Code, rejection.Reason);
        var record = new { blob, code = rejection.Code, reason = rejection.Reason, at = clock.GetUtcNow() };
        await storage.Blobs.UploadAsync(_options.RejectedContainer, blob + ".json", Encoding.UTF8.GetBytes(JsonSerializer.Serialize(record, ContractJson.Options)),
            new BlobUploadOptions { ContentType = "application/json" }, cancellationToken);
        return await RecordAsync(new UploadRow(blob, UploadStatus.Rejected, null, $"{rejection.Code}: {rejection.Reason}", clock.GetUtcNow()), cancellationToken);
    }

    private async Task<UploadRow> RecordAsync(UploadRow upload, CancellationToken cancellationToken)
    {
        await storage.Tables.UpsertAsync(_options.Tables.Uploads, upload.ToEntity(), cancellationToken: cancellationToken);
        return upload;
    }
}
