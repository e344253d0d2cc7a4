using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Pipeline.Core.Articles;
using Pipeline.Host.Configuration;
using Pipeline.Host.Persistence;
using Pipeline.Storage;

namespace Pipeline.Host.Api;

/// <summary>
/// The source leaderboard. Sources are few (one row each), so they are ranked in memory and paged by keyset:
/// the token names the last source returned, never an offset.
/// </summary>
public static class SourcesApi
{
    public static async Task<Results<Ok<Page<SourceDto>>, ProblemHttpResult>> ListAsync(
        string? sort, int? minClaims, int? limit, string? continuationToken, StorageAccount storage, IOptions<PipelineOptions> options, CancellationToken ct)
    {
        if (!Paging.TryLimit(limit, out var size, out var problem))
        {
            return problem!;
        }

        if (sort is not (null or "score" or "claims" or "name"))
        {
            return Problems.BadRequest("sort", "sort is one of score, claims or name.");
        }

        var all = await storage.Tables.QueryAsync(options.Value.Tables.Sources, cancellationToken: ct).Select(SourceRow.ToDto)
            .Where(s => s.Claims >= (minClaims ?? 0)).ToListAsync(ct);
        var ranked = Rank(all, sort ?? "score");
        var start = 0;
        if (continuationToken is not null)
        {
            var after = Decode(continuationToken);
            start = after is null ? -1 : ranked.FindIndex(s => s.Source == after) + 1;
            if (start <= 0)
            {
                return Paging.InvalidToken();
            }
        }

        var items = ranked.Skip(start).Take(size).ToList();
        var next = start + size < ranked.Count ? Encode(items[^1].Source) : null;
        return TypedResults.Ok(new Page<SourceDto>(items, next));
    }

    public static async Task<Results<Ok<SourceDetail>, ProblemHttpResult>> GetAsync(string id, StorageAccount storage, IOptions<PipelineOptions> options, CancellationToken ct)
    {
        var quoted = id.StartsWith(SourceDto.QuotedPrefix, StringComparison.Ordinal);
        var bare = quoted ? id[SourceDto.QuotedPrefix.Length..] : id;
        if (!SourceId.TryNormalize(bare, out var normalized) || normalized != bare)
        {
            return Problems.BadRequest("id", "A source id is lower-case letters, digits and dashes (quoted parties start with 'via:'), at most 64 characters.");
        }

        var source = quoted ? SourceDto.QuotedPrefix + normalized : normalized;
        var row = await storage.Tables.GetIfExistsAsync(options.Value.Tables.Sources, SourceRow.PartitionOf(source), SourceRow.SummaryRowKey, ct);
        return row is null ? Problems.NotFound($"No source '{source}' has been scored yet.") : TypedResults.Ok(new SourceDetail(SourceRow.ToDto(row), SourceRow.ExplanationOf(row)));
    }

    private static List<SourceDto> Rank(List<SourceDto> sources, string sort) => (sort switch
    {
        "claims" => sources.OrderByDescending(s => s.Claims),
        "name" => sources.OrderBy(s => 0),
        // The interval's lower bound ranks by what the evidence supports: two lucky claims do not beat two hundred.
        _ => sources.OrderByDescending(s => s.Lower).ThenByDescending(s => s.Score),
    }).ThenBy(s => s.Source, StringComparer.Ordinal).ToList();

    private static string Encode(string source) => Convert.ToBase64String(Encoding.UTF8.GetBytes("s:" + source)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string? Decode(string token)
    {
        var base64 = token.Replace('-', '+').Replace('_', '/');
        var buffer = new byte[base64.Length];
        if (!Convert.TryFromBase64String(base64.PadRight((base64.Length + 3) / 4 * 4, '='), buffer, out var written))
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(buffer, 0, written);
        return text.StartsWith("s:", StringComparison.Ordinal) ? text[2..] : null;
    }
}
