using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Pipeline.Core.Articles;
using Pipeline.Host.Configuration;
using Pipeline.Host.Persistence;
using Pipeline.Storage;
using Pipeline.Storage.Tables;

namespace Pipeline.Host.Api;

/// <summary>The read API, under <c>/api</c> in both modes (forwarded by the Functions host, served directly standalone).</summary>
public static class QueryApi
{
    public static IEndpointRouteBuilder MapQueryApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/sources", ListSourcesAsync);
        api.MapGet("/sources/{id}", GetSourceAsync);
        api.MapGet("/articles/{id}/claims", GetArticleClaimsAsync);
        api.MapGet("/facts", ListFactsAsync);
        api.MapGet("/health", HealthApi.GetAsync);
        return app;
    }

    private static async Task<Ok<List<SourceDto>>> ListSourcesAsync(StorageAccount storage, IOptions<PipelineOptions> options, CancellationToken ct)
    {
        var sources = await storage.Tables.QueryAsync(options.Value.Tables.Sources, cancellationToken: ct).Select(SourceRow.ToDto).ToListAsync(ct);
        return TypedResults.Ok(sources.OrderByDescending(s => s.AgreementRate ?? -1).ThenBy(s => s.Source, StringComparer.Ordinal).ToList());
    }

    private static async Task<Results<Ok<SourceDto>, ProblemHttpResult>> GetSourceAsync(string id, StorageAccount storage, IOptions<PipelineOptions> options, CancellationToken ct)
    {
        if (!SourceId.TryNormalize(id, out var source) || source != id)
        {
            return Problems.BadRequest("id", "A source id is lower-case letters, digits and dashes, at most 64 characters.");
        }

        var row = await storage.Tables.GetIfExistsAsync(options.Value.Tables.Sources, source, SourceRow.SummaryRowKey, ct);
        return row is null ? Problems.NotFound($"No source '{source}' has been scored yet.") : TypedResults.Ok(SourceRow.ToDto(row));
    }

    private static async Task<Results<Ok<List<JsonElement>>, ProblemHttpResult>> GetArticleClaimsAsync(string id, StorageAccount storage, IOptions<PipelineOptions> options, CancellationToken ct)
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

    private static async Task<Ok<List<FactDto>>> ListFactsAsync(bool? contested, StorageAccount storage, IOptions<PipelineOptions> options, CancellationToken ct)
    {
        var query = contested is null ? new TableQuery() : new TableQuery(TableFilter.Compare("Contested", "eq", contested.Value));
        var facts = await storage.Tables.QueryAsync(options.Value.Tables.Facts, query, ct).Select(FactRow.ToDto).ToListAsync(ct);
        return TypedResults.Ok(facts);
    }
}
