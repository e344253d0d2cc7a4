using System.Collections;
using System.Diagnostics;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.Loader;
using Pipeline.Core.Articles;
using Pipeline.Core.Claims;
using Pipeline.Core.Text;

namespace Pipeline.Benchmarks;

/// <summary>
/// This build's extraction against another build's Pipeline.Core.dll, loaded side by side in one process and run in
/// alternating rounds over the same corpus. On a shared machine, load that comes and goes between two separate runs
/// swamps differences of a few percent; rounds taken turn about see the same load.
/// </summary>
internal static class BaselineCompare
{
    private const int Rounds = 30;

    public static void Run(string baselineCore, int megabytes)
    {
        var (articles, bytesPerPass) = BenchCorpus.Load();
        var passes = (int)Math.Ceiling(megabytes * 1_000_000.0 / bytesPerPass);
        var baseline = BaselineExtractor(Path.GetFullPath(baselineCore), articles);
        var current = articles.Select(article => (Func<int>)(() => ClaimExtractor.Extract(article).Count)).ToList();
        Time(baseline, passes, out var baselineClaims);
        Time(current, passes, out var currentClaims);
        Console.WriteLine(Invariant($"claims per pass: baseline {baselineClaims / passes}, this build {currentClaims / passes}"));
        var (baselineSeconds, currentSeconds) = (new double[Rounds], new double[Rounds]);
        for (var round = 0; round < Rounds; round++)
        {
            baselineSeconds[round] = Time(baseline, passes, out _);
            currentSeconds[round] = Time(current, passes, out _);
        }

        // Each round's pair saw about the same load, so the median of the pairs' ratios is the steadiest figure.
        var ratios = baselineSeconds.Zip(currentSeconds, (b, c) => b / c).Order().ToArray();
        var mb = passes * bytesPerPass / 1e6;
        Console.WriteLine(Invariant($"{Rounds} alternating rounds of {mb:F1} MB, by process CPU time: baseline best {mb / baselineSeconds.Min():F1} MB/s, this build best {mb / currentSeconds.Min():F1} MB/s; speed ratio per pair: median {ratios[Rounds / 2]:F2}x, middle half {ratios[Rounds / 4]:F2}-{ratios[3 * Rounds / 4]:F2}x"));
        CompareTextStep(Path.GetFullPath(baselineCore), articles, passes);
        CompareAdversarial(Path.GetFullPath(baselineCore));
    }

    /// <summary>The text step alone (tokens, sentences, word ids and marks), both builds in turn.</summary>
    private static void CompareTextStep(string baselineCore, IReadOnlyList<Article> articles, int passes)
    {
        var contextType = new AssemblyLoadContext("baseline text").LoadFromAssemblyPath(baselineCore).GetType("Pipeline.Core.Text.TextContext", throwOnError: true)!;
        // A compiled constructor call: reflection's own cost per call is a sizeable part of a text step.
        var text = Expression.Parameter(typeof(string));
        var create = Expression.Lambda<Func<string, object>>(Expression.New(contextType.GetConstructor([typeof(string)])!, text), text).Compile();
        var baseline = articles.Select(article => (Func<int>)(() => create(article.Text) is null ? 0 : 1)).ToList();
        var current = articles.Select(article => (Func<int>)(() => new TextContext(article.Text).Tokens.Length)).ToList();
        var ratios = new double[Rounds];
        for (var round = 0; round < Rounds; round++)
        {
            ratios[round] = Time(baseline, 10 * passes, out _) / Time(current, 10 * passes, out _);
        }

        Array.Sort(ratios);
        Console.WriteLine(Invariant($"text step alone, {Rounds} rounds in turn: speed ratio per pair median {ratios[Rounds / 2]:F2}x, middle half {ratios[Rounds / 4]:F2}-{ratios[3 * Rounds / 4]:F2}x"));
    }

    /// <summary>Each 1 MB adversarial input, both builds in turn: the best wall time of each, the limit being 50 ms.</summary>
    private static void CompareAdversarial(string baselineCore)
    {
        foreach (var (name, text) in ExtractionBench.Adversarial())
        {
            var article = new Article(ArticleId.FromText(name), "bench", new DateOnly(2025, 5, 23), null, text, null);
            var baseline = BaselineExtractor(baselineCore, [article])[0];
            var current = (Func<int>)(() => ClaimExtractor.Extract(article).Count);
            var (bestBaseline, bestCurrent) = (double.MaxValue, double.MaxValue);
            for (var round = 0; round < Rounds; round++)
            {
                bestBaseline = Math.Min(bestBaseline, WallMilliseconds(baseline));
                bestCurrent = Math.Min(bestCurrent, WallMilliseconds(current));
            }

            Console.WriteLine(Invariant($"adversarial 1 MB {name}, best of {Rounds} in turn: baseline {bestBaseline:F0} ms, this build {bestCurrent:F0} ms"));
        }
    }

    private static double WallMilliseconds(Func<int> extract)
    {
        var watch = Stopwatch.StartNew();
        extract();
        return watch.Elapsed.TotalMilliseconds;
    }

    /// <summary>The baseline's ClaimExtractor.Extract over the baseline's own Article objects, made from the same fields.</summary>
    private static List<Func<int>> BaselineExtractor(string path, IReadOnlyList<Article> articles)
    {
        var (assembly, copies) = BaselineArticles(path, articles);
        var articleType = assembly.GetType("Pipeline.Core.Articles.Article", throwOnError: true)!;
        var extract = assembly.GetType("Pipeline.Core.Claims.ClaimExtractor", throwOnError: true)!.GetMethod("Extract", [articleType])!;
        return copies.Select(copy => (Func<int>)(() => ((ICollection)extract.Invoke(null, [copy])!).Count)).ToList();
    }

    /// <summary>Another build's Pipeline.Core.dll in its own load context, and its own Article object for each article.</summary>
    internal static (Assembly Assembly, List<object> Articles) BaselineArticles(string path, IReadOnlyList<Article> articles)
    {
        var assembly = new AssemblyLoadContext(path).LoadFromAssemblyPath(path);
        var articleType = assembly.GetType("Pipeline.Core.Articles.Article", throwOnError: true)!;
        var fromText = assembly.GetType("Pipeline.Core.Articles.ArticleId", throwOnError: true)!.GetMethod("FromText", BindingFlags.Public | BindingFlags.Static)!;
        return (assembly, articles.Select(article =>
            Activator.CreateInstance(articleType, fromText.Invoke(null, [article.Text]), article.Source, article.PublishedAt, article.Title, article.Text, article.Url)!).ToList());
    }

    private static double Time(List<Func<int>> extractions, int passes, out long claims)
    {
        claims = 0;
        var start = Environment.CpuUsage.TotalTime;
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var extract in extractions)
            {
                claims += extract();
            }
        }

        return (Environment.CpuUsage.TotalTime - start).TotalSeconds;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
