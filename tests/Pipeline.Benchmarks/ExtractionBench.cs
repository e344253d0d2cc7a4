using System.Diagnostics;
using System.Globalization;
using System.Text;
using Pipeline.Core.Articles;
using Pipeline.Core.Claims;
using Pipeline.Core.Text;

namespace Pipeline.Benchmarks;

/// <summary>
/// Single-thread claim extraction throughput: MB/s (UTF-8) and bytes allocated per MB over a corpus of at least the given
/// size, built by repeating the seeds; then the worst-case time for 1 MB of adversarial input.
/// </summary>
internal static class ExtractionBench
{
    private const int Rounds = 8;

    // The machine is shared: the best of a few runs is the figure least disturbed by other jobs.
    private const int AdversarialAttempts = 5;
    private const int FloorAttempts = 3;

    public static void Run(int megabytes)
    {
        var (articles, bytesPerPass) = BenchCorpus.Load();
        var passes = (int)Math.Ceiling(megabytes * 1_000_000.0 / bytesPerPass);
        Console.WriteLine(Invariant($"corpus: {articles.Count} articles, {bytesPerPass / 1e3:F1} KB per pass x {passes} passes = {passes * bytesPerPass / 1e6:F1} MB"));
        Measure(articles, Math.Max(1, passes / 3));
        for (var round = 1; round <= Rounds; round++)
        {
            var (seconds, cpuSeconds, allocated, claims) = Measure(articles, passes);
            var mb = passes * bytesPerPass / 1e6;
            Console.WriteLine(Invariant($"round {round}: {mb / seconds:F1} MB/s wall, {mb / cpuSeconds:F1} MB/s of process CPU time, {allocated / mb / 1e6:F1} MB allocated per MB, {claims} claims"));
        }

        RunFloor(articles, passes, passes * bytesPerPass / 1e6, FloorAttempts);
        RunAdversarial(AdversarialAttempts);
    }

    /// <summary>The text step alone (command "floor"): a quick target when changing only that step.</summary>
    public static void RunFloor(int megabytes, int attempts)
    {
        var (articles, bytesPerPass) = BenchCorpus.Load();
        var passes = (int)Math.Ceiling(megabytes * 1_000_000.0 / bytesPerPass);
        MeasureContextOnly(articles, passes);
        RunFloor(articles, passes, passes * bytesPerPass / 1e6, attempts);
    }

    private static void RunFloor(IReadOnlyList<Article> articles, int passes, double corpusMegabytes, int attempts)
    {
        var (contextSeconds, contextCpuSeconds, contextAllocated) = Enumerable.Range(0, attempts).Select(_ => MeasureContextOnly(articles, passes)).MinBy(run => run.CpuSeconds);
        Console.WriteLine(Invariant($"floor, tokens + sentences + lexicon marks only: {corpusMegabytes / contextSeconds:F1} MB/s wall, {corpusMegabytes / contextCpuSeconds:F1} MB/s of process CPU time (best of {attempts}), {contextAllocated / corpusMegabytes / 1e6:F1} MB allocated per MB"));
    }

    /// <summary>The best time of each adversarial input; alone (command "adversarial"), it is a target for a profiler.</summary>
    public static void RunAdversarial(int attempts)
    {
        foreach (var (name, text) in Adversarial())
        {
            var article = new Article(ArticleId.FromText(name), "bench", new DateOnly(2025, 5, 23), null, text, null);
            ClaimExtractor.Extract(article);
            var (best, count) = (double.MaxValue, 0);
            for (var attempt = 0; attempt < attempts; attempt++)
            {
                var watch = Stopwatch.StartNew();
                count = ClaimExtractor.Extract(article).Count;
                best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine(Invariant($"adversarial 1 MB {name}: {best:F0} ms (best of {attempts}), {count} claims"));
        }
    }

    /// <summary>Which types the extraction allocates, by allocation samples over one corpus of the given size.</summary>
    public static void RunAllocations(int megabytes)
    {
        var (articles, bytesPerPass) = BenchCorpus.Load();
        var passes = (int)Math.Ceiling(megabytes * 1_000_000.0 / bytesPerPass);
        using var sampler = new AllocationSampler();
        Measure(articles, passes);
        foreach (var (type, samples) in sampler.Top(25))
        {
            Console.WriteLine(Invariant($"{samples,8} {type}"));
        }
    }

    /// <summary>Wall time, and process CPU time, which other jobs on a shared machine inflate much less.</summary>
    private static (double Seconds, double CpuSeconds, long Allocated, long Claims) Measure(IReadOnlyList<Article> articles, int passes)
    {
        long claims = 0;
        var before = GC.GetAllocatedBytesForCurrentThread();
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var watch = Stopwatch.StartNew();
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var article in articles)
            {
                claims += ClaimExtractor.Extract(article).Count;
            }
        }

        return (watch.Elapsed.TotalSeconds, (Environment.CpuUsage.TotalTime - cpuBefore).TotalSeconds, GC.GetAllocatedBytesForCurrentThread() - before, claims);
    }

    /// <summary>The shared text pass every extraction starts with: a floor to read the extraction figures against.</summary>
    private static (double Seconds, double CpuSeconds, long Allocated) MeasureContextOnly(IReadOnlyList<Article> articles, int passes)
    {
        long tokens = 0;
        var before = GC.GetAllocatedBytesForCurrentThread();
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var watch = Stopwatch.StartNew();
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var article in articles)
            {
                tokens += new TextContext(article.Text).Tokens.Length;
            }
        }

        GC.KeepAlive(tokens);
        return (watch.Elapsed.TotalSeconds, (Environment.CpuUsage.TotalTime - cpuBefore).TotalSeconds, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    internal static IEnumerable<(string Name, string Text)> Adversarial()
    {
        var random = new Random(1);
        yield return ("digits-and-separators", Build(_ => "0123456789,. "[random.Next(13)]));
        yield return ("no-spaces", Build(_ => (char)('a' + random.Next(26))));
        yield return ("nested-quotes", Build(i => (i % 4) switch { 0 => '“', 1 => 'a', 2 => '"', _ => ' ' }));
    }

    private static string Build(Func<int, char> next)
    {
        var builder = new StringBuilder(1 << 20);
        for (var i = 0; i < 1 << 20; i++)
        {
            builder.Append(next(i));
        }

        return builder.ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
