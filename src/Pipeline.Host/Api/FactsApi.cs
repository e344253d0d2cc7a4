using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Pipeline.Host.Configuration;
using Pipeline.Host.Persistence;
using Pipeline.Storage;
using Pipeline.Storage.Tables;

namespace Pipeline.Host.Api;

public static class FactsApi
{
    public static async Task<Results<Ok<Page<FactDto>>, ProblemHttpResult>> ListAsync(
        string? measure, string? contested, int? limit, string? continuationToken, StorageAccount storage, IOptions<PipelineOptions> options, CancellationToken ct)
    {
        if (!Paging.TryLimit(limit, out var size, out var problem))
        {
            return problem!;
        }

        var filter = Filters.Build(out problem, ("measure", measure, v => Filters.Prefix("FactKey", v)), ("contested", contested, v => Filters.Boolean("Contested", v)));
        return problem ?? await PageAsync(storage, options.Value.Tables.Facts, filter, size, continuationToken, ct);
    }

    public static async Task<Results<Ok<Page<FactDto>>, ProblemHttpResult>> ListConflictsAsync(
        int? limit, string? continuationToken, StorageAccount storage, IOptions<PipelineOptions> options, CancellationToken ct)
    {
        if (!Paging.TryLimit(limit, out var size, out var problem))
        {
            return problem!;
        }

        return await PageAsync(storage, options.Value.Tables.Facts, TableFilter.Compare("Contested", "eq", true), size, continuationToken, ct);
    }

    public static async Task<Results<Ok<FactDto>, ProblemHttpResult>> GetAsync(string key, StorageAccount storage, IOptions<PipelineOptions> options, CancellationToken ct)
    {
        if (key.Length > TableKeys.MaxLength || !TableKeys.IsValid(FactRow.SafeKey(key)))
        {
            return Problems.BadRequest("key", "A fact key is at most 512 characters.");
        }

        var row = await storage.Tables.GetIfExistsAsync(options.Value.Tables.Facts, FactRow.PartitionOf(key), FactRow.SafeKey(key), ct);
        return row is null ? Problems.NotFound($"No fact '{key}'.") : TypedResults.Ok(FactRow.ToDto(row));
    }

    private static async Task<Results<Ok<Page<FactDto>>, ProblemHttpResult>> PageAsync(StorageAccount storage, string table, TableFilter? filter, int size, string? token, CancellationToken ct)
    {
        var page = await TablePaging.ReadAsync(storage, table, filter, size, token, ct);
        return page is null ? Paging.InvalidToken() : TypedResults.Ok(new Page<FactDto>(page.Items.Select(FactRow.ToDto).ToList(), page.ContinuationToken));
    }
}
