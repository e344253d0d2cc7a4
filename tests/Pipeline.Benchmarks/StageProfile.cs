using System.Diagnostics;
using System.Globalization;
using Pipeline.Core.Articles;
using Pipeline.Core.Claims;

namespace Pipeline.Benchmarks;

/// <summary>
/// Where extraction spends its time, stage by stage: the steps of <see cref="ClaimExtractor"/> in its order, each timed
/// over the corpus. A sampling profiler splits this across tiers and inlining; a stopwatch per stage does not.
/// </summary>
internal static class StageProfile
{
    // The machine is shared: each stage's best round is the figure least disturbed by other jobs.
    private const int Rounds = 6;

    internal static readonly string[] Names =
    [
        "text step", "counted nouns + numbers", "ordinals", "dates", "durations", "ratios", "vague", "counts", "elided",
        "anaphora", "superlatives", "quotes", "finisher setup", "finish + order",
    ];

    public static void Run(int megabytes)
    {
        var (articles, bytesPerPass) = BenchCorpus.Load();
        Run(articles, bytesPerPass, (int)Math.Ceiling(megabytes * 1_000_000.0 / bytesPerPass));
    }

    /// <summary>The corpus joined into articles of about <paramref name="kilobytes"/> KB each: how stage costs depend on article size.</summary>
    public static void RunJoined(int megabytes, int kilobytes)
    {
        var (articles, bytesPerPass) = BenchCorpus.Load();
        var copies = Math.Max(1, (int)(kilobytes * 1000L / bytesPerPass));
        var text = string.Join("\n\n", Enumerable.Repeat(string.Join("\n\n", articles.Select(a => a.Text)), copies));
        var joined = new Article(ArticleId.FromText(text), "bench", new DateOnly(2025, 5, 23), null, text, null);
        var bytes = System.Text.Encoding.UTF8.GetByteCount(text);
        Run([joined], bytes, (int)Math.Ceiling(megabytes * 1_000_000.0 / bytes));
    }

    /// <summary>The same for each adversarial input alone, repeated <paramref name="passes"/> times.</summary>
    public static void RunAdversarial(int passes)
    {
        foreach (var (name, text) in ExtractionBench.Adversarial())
        {
            Console.WriteLine($"adversarial 1 MB {name}:");
            var article = new Article(ArticleId.FromText(name), "bench", new DateOnly(2025, 5, 23), null, text, null);
            Run([article], System.Text.Encoding.UTF8.GetByteCount(text), passes);
        }
    }

    private static void Run(IReadOnlyList<Article> articles, long bytesPerPass, int passes)
    {
        var (pauseBefore, collectionsBefore) = (TimeSpan.Zero, 0);
        if (Names.Length != ClaimExtractor.StepCount)
        {
            throw new InvalidOperationException($"The extractor has {ClaimExtractor.StepCount} steps and the profile names {Names.Length}.");
        }

        var ticks = new long[Names.Length];
        var bytes = new long[Names.Length];
        var best = Enumerable.Repeat(long.MaxValue, Names.Length).ToArray();
        for (var round = 0; round < Rounds; round++)
        {
            Array.Clear(ticks);
            Array.Clear(bytes);
            (pauseBefore, collectionsBefore) = (GC.GetTotalPauseDuration(), GC.CollectionCount(0));
            for (var pass = 0; pass < passes; pass++)
            {
                foreach (var article in articles)
                {
                    Extract(article, ticks, bytes);
                }
            }

            for (var i = 0; i < ticks.Length; i++)
            {
                best[i] = Math.Min(best[i], ticks[i]);
            }
        }

        var mb = passes * bytesPerPass / 1e6;
        var total = best.Sum();
        for (var i = 0; i < Names.Length; i++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Names[i],-24} {best[i] * 1e3 / Stopwatch.Frequency / mb,7:F2} ms per MB  {100.0 * best[i] / total,5:F1}%  {bytes[i] / 1e3 / mb,8:F0} KB allocated per MB"));
        }

        var pause = (GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds / mb;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"(of which GC pauses)",-24} {pause,7:F2} ms per MB  in {(GC.CollectionCount(0) - collectionsBefore) / mb:F1} collections per MB, last round"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"total",-24} {total * 1e3 / Stopwatch.Frequency / mb,7:F2} ms per MB  ({mb * Stopwatch.Frequency / total:F1} MB/s; each stage its best of {Rounds} rounds)"));
    }

    // Allocations are counted per step too (the last round's, the same every round): clearing and collecting them is
    // a cost the stopwatch spreads over whichever step next runs out of allocation context.
    private static void Extract(Article article, long[] ticks, long[] bytes)
    {
        var body = article.BodyText();
        var reference = article.PublishedAt ?? PublicationDateInference.Infer(body).Date;
        var stage = 0;
        var last = Stopwatch.GetTimestamp();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        ClaimExtractor.Extract(article, body, reference, () =>
        {
            var now = Stopwatch.GetTimestamp();
            var nowAllocated = GC.GetAllocatedBytesForCurrentThread();
            bytes[stage] += nowAllocated - allocated;
            ticks[stage++] += now - last;
            (last, allocated) = (now, nowAllocated);
        });
    }
}
