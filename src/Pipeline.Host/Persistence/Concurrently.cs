namespace Pipeline.Host.Persistence;

/// <summary>
/// Runs independent storage calls a few at a time. One call at a time leaves the service idle between round trips
/// (the rollup makes thousands); eight in flight is where Azurite's throughput stops growing (reference B1.4).
/// </summary>
public static class Concurrently
{
    public const int Degree = 8;

    public static Task ForEachAsync<T>(IEnumerable<T> items, Func<T, CancellationToken, ValueTask> body, CancellationToken ct) =>
        Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = Degree, CancellationToken = ct }, body);

    /// <summary>Maps each item, keeping the input order in the result.</summary>
    public static async Task<TResult[]> SelectAsync<T, TResult>(IReadOnlyList<T> items, Func<T, CancellationToken, ValueTask<TResult>> map, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(items);
        var results = new TResult[items.Count];
        await ForEachAsync(Enumerable.Range(0, items.Count), async (i, token) => results[i] = await map(items[i], token), ct);
        return results;
    }
}
