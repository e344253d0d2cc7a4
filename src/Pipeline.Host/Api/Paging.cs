using Microsoft.AspNetCore.Http.HttpResults;

namespace Pipeline.Host.Api;

/// <summary>One page of a list and the opaque token that continues it (null on the last page).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? ContinuationToken);

/// <summary>Every list takes a bounded <c>limit</c> and an opaque <c>continuationToken</c>; bad values are 400s naming the field.</summary>
public static class Paging
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public static bool TryLimit(int? limit, out int value, out ProblemHttpResult? problem)
    {
        value = limit ?? DefaultLimit;
        problem = value is < 1 or > MaxLimit ? Problems.BadRequest("limit", $"limit must be between 1 and {MaxLimit}.") : null;
        return problem is null;
    }

    public static ProblemHttpResult InvalidToken() => Problems.BadRequest("continuationToken", "The continuation token is not one this API issued; start again without it.");
}
