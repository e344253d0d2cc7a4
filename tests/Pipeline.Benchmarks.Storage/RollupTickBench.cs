using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Pipeline.Core.Reliability.Copies;
using Pipeline.Host.Configuration;
using Pipeline.Host.Functions;
using Pipeline.Host.Functions.RollupReliability;
using Pipeline.Host.Persistence;
using Pipeline.Storage;
using Pipeline.Storage.Tables;

namespace Pipeline.Benchmarks.Storage;

/// <summary>
/// The rollup timer on a real Azurite: a full rollup over a base of articles, then the tick that follows new
/// articles carrying 1,000 claims (by default). Rows are written as ingestion and extraction would write them.
/// </summary>
internal static class RollupTickBench
{
    private const int ClaimsPerArticle = 10;

    public static async Task RunAsync(string root, int baseClaims, int newClaims)
    {
        await using var azurite = await BenchAzurite.StartAsync(root);
        using var storage = new StorageAccount(azurite.Connection, new StorageOptions(), TimeProvider.System);
        var options = new PipelineOptions();
        await new StorageProvisioner(storage, Options.Create(options)).StartAsync(CancellationToken.None);
        var clock = new BenchClock(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero));
        var rollup = new RollupReliabilityFunction(storage, Options.Create(options), clock, NullLogger<RollupReliabilityFunction>.Instance);
        var random = new Random(11);
        var facts = Math.Max(100, baseClaims / 10);

        await WriteArticlesAsync(storage, options, clock, random, "base", baseClaims / ClaimsPerArticle, facts);
        var full = await TimeAsync(() => rollup.RecomputeAsync(false, CancellationToken.None));
        clock.Now += TimeSpan.FromMinutes(1);
        await WriteArticlesAsync(storage, options, clock, random, "new", newClaims / ClaimsPerArticle, facts);
        clock.Now += TimeSpan.FromMinutes(1);
        using var requests = new RequestCounter();
        var tick = await TimeAsync(() => rollup.HandleAsync(new TimerTriggerInput(false, null, null), CancellationToken.None));
        var tickRequests = requests.Take();
        clock.Now += TimeSpan.FromMinutes(1);
        var idle = await TimeAsync(() => rollup.HandleAsync(new TimerTriggerInput(false, null, null), CancellationToken.None));

        Console.WriteLine($"full rollup over {baseClaims:N0} claims ({facts:N0} facts): {full.Elapsed.TotalSeconds:0.0} s, {full.Result!.Sources.Count} sources");
        Console.WriteLine($"incremental tick for {newClaims:N0} new claims: {tick.Elapsed.TotalSeconds:0.00} s, {tick.Result!.Facts.Count:N0} facts revoted, {tick.Result.Sources.Count} sources rescored");
        Console.WriteLine($"  storage requests in the tick: {tickRequests.Values.Sum():N0} ({string.Join(", ", tickRequests.OrderByDescending(p => p.Value).Select(p => $"{p.Key} {p.Value:N0}"))})");
        Console.WriteLine($"idle tick (nothing changed): {idle.Elapsed.TotalMilliseconds:0} ms");
    }

    private static async Task WriteArticlesAsync(StorageAccount storage, PipelineOptions options, BenchClock clock, Random random, string prefix, int articles, int facts)
    {
        var tables = options.Tables;
        var changes = new ChangeLog(storage, tables);
        var copies = new CopyIndex(storage, tables);
        for (var a = 0; a < articles; a++)
        {
            var id = KeyHash.Of(prefix + a);
            var source = $"outlet-{random.Next(40):D2}";
            var signature = ArticleFingerprint.Compute($"{prefix} article {a} from {source}: " + string.Join(' ', Enumerable.Range(0, 60).Select(_ => random.Next(5000))));
            var row = new ArticleRow(id, source, "2026-11-20", null, $"{source}/{a}.txt", ArticleRow.Processed, ClaimsPerArticle, clock.Now) { Fingerprint = signature };
            await storage.Tables.UpsertAsync(tables.Articles, row.ToEntity());
            await copies.IndexAsync(id, signature, CancellationToken.None);
            await storage.Tables.UpsertAllAsync(tables.Claims, Enumerable.Range(0, ClaimsPerArticle).Select(c => Claim(id, source, c, random, facts)), CancellationToken.None);
            await changes.RecordAsync(id, clock.Now, CancellationToken.None);
        }
    }

    private static TableEntity Claim(string articleId, string source, int index, Random random, int facts)
    {
        var fact = random.Next(facts);
        double value = random.NextDouble() < 0.8 ? 100 + fact : 150 + fact;
        return new TableEntity(articleId, $"{articleId[..8]}{index:D4}")
        {
            ["Source"] = source, ["Kind"] = "count", ["FactKey"] = $"persons-released|total|a,b|f{fact:D6}",
            ["Number"] = value, ["Lower"] = value, ["Upper"] = value, ["Unit"] = "people", ["Qualifier"] = "exact",
            ["Hedged"] = false, ["Measure"] = "people", ["Scope"] = "total", ["Frame"] = "released", ["Headline"] = false,
        };
    }

    private static async Task<(T Result, TimeSpan Elapsed)> TimeAsync<T>(Func<Task<T>> run)
    {
        var clock = Stopwatch.StartNew();
        var result = await run();
        return (result, clock.Elapsed);
    }

    /// <summary>Counts storage requests by operation, from the client's own tracing source.</summary>
    private sealed class RequestCounter : IDisposable
    {
        private readonly ActivityListener _listener;
        private System.Collections.Concurrent.ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

        public RequestCounter()
        {
            _listener = new ActivityListener
            {
                ShouldListenTo = source => source.Name == StorageDiagnostics.ActivitySourceName,
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
                ActivityStarted = activity => _counts.AddOrUpdate(activity.OperationName, 1, (_, n) => n + 1),
            };
            ActivitySource.AddActivityListener(_listener);
        }

        public Dictionary<string, int> Take()
        {
            var counts = Interlocked.Exchange(ref _counts, new(StringComparer.Ordinal));
            return new Dictionary<string, int>(counts, StringComparer.Ordinal);
        }

        public void Dispose() => _listener.Dispose();
    }

    private sealed class BenchClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
