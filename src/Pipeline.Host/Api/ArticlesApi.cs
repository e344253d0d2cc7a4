using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Pipeline.Core.Articles;
using Pipeline.Host.Configuration;
using Pipeline.Host.Contracts;
using Pipeline.Host.Persistence;
using Pipeline.Storage;
using Pipeline.Storage.Tables;

namespace Pipeline.Host.Api;

public static class ArticlesApi
{
    public static async Task<Results<Ok<Page<ArticleRow>>, ProblemHttpResult>> ListAsync(
        string? source, string? from, string? to, int? limit, string? continuationToken, StorageAccount storage, IOptions<PipelineOptions> options, CancellationToken ct)
    {
        if (!Paging.TryLimit(limit, out var size, out var problem))
        {
            return problem!;
        }

        var filter = Filters.Build(out problem, ("source", source, v => Filters.Source("Source", v)), ("from", from, v => Filters.Date("PublishedAt", "ge", v)), ("to", to, v => Filters.Date("PublishedAt", "le", v)));
        if (problem is not null)
        {
            return problem;
        }

        var page = await TablePaging.ReadAsync(storage, options.Value.Tables.Articles, filter, size, continuationToken, ct);
        return page is null ? Paging.InvalidToken() : TypedResults.Ok(new Page<ArticleRow>(page.Items.Select(ArticleRow.FromEntity).ToList(), page.ContinuationToken));
    }

    public static async Task<Results<Ok<ArticleDetail>, ProblemHttpResult>> GetAsync(string id, StorageAccount storage, IOptions<PipelineOptions> options, CancellationToken ct)
    {
        if (!ArticleId.TryParse(id, out var articleId))
        {
            return Problems.BadRequest("id", "An article id is 32 lower-case hexadecimal characters.");
        }

        var row = await storage.Tables.GetIfExistsAsync(options.Value.Tables.Articles, ArticleRow.PartitionOf(articleId.Value), articleId.Value, ct);
        if (row is null)
        {
            return Problems.NotFound($"No article '{articleId.Value}'.");
        }

        var stored = await storage.Blobs.DownloadIfExistsAsync(options.Value.NormalizedContainer, StoredArticle.BlobName(articleId.Value), ct);
        var text = stored is null ? null : JsonSerializer.Deserialize<StoredArticle>(stored.Content, ContractJson.Options)?.Text;
        return TypedResults.Ok(new ArticleDetail(ArticleRow.FromEntity(row), text));
    }

    public static async Task<Results<Ok<List<JsonElement>>, ProblemHttpResult>> GetClaimsAsync(string id, StorageAccount storage, IOptions<PipelineOptions> options, CancellationToken ct)
    {
        if (!ArticleId.TryParse(id, out var articleId))
        {
            return Problems.BadRequest("id", "An article id is 32 lower-case hexadecimal characters.");
        }

        var tables = options.Value.Tables;
        if (await storage.Tables.GetIfExistsAsync(tables.Articles, ArticleRow.PartitionOf(articleId.Value), articleId.Value, ct) is null)
        {
            return Problems.NotFound($"No article '{articleId.Value}'.");
        }

        var claims = await storage.Tables.QueryAsync(tables.Claims, new TableQuery(TableFilter.Equal("PartitionKey", articleId.Value)), ct)
            .OrderBy(row => row.GetInt64("Start") ?? 0)
            .Select(row => JsonSerializer.Deserialize<JsonElement>(row.GetString("Json") ?? "null"))
            .ToListAsync(ct);
        return TypedResults.Ok(claims);
    }
}

public sealed record ArticleDetail(ArticleRow Article, string? Text);
