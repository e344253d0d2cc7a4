namespace Pipeline.Host.Functions.RollupReliability;

/// <summary>What the last full rollup left for the ticks after it, and how far the data has moved on since.</summary>
public sealed record RollupBaseline(IReadOnlyList<double> PriorMeans, DateTimeOffset? LastFull, int Articles, int ArticlesSince, string? ETag, DateTimeOffset? FullStarted = null)
{
    /// <summary>
    /// A full run is due on the first tick, after the interval, and once more articles changed since the last full run
    /// than it saw: accuracies estimated from a handful of articles should not steer the votes on many more. Doubling
    /// keeps the full runs this triggers to a logarithmic number. A full run that started and never finished left the
    /// state half rewritten, so the next run is full too.
    /// </summary>
    public bool FullRunDue(DateTimeOffset now, TimeSpan interval, int changedArticles) =>
        LastFull is not { } last || now - last >= interval || ArticlesSince + changedArticles > Articles || FullStarted > last;
}
