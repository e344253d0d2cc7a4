using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using Pipeline.Core.Articles;
using Pipeline.Core.Claims;

namespace Pipeline.Benchmarks;

/// <summary>
/// <see cref="BaselineCompare"/> stage by stage: both builds' extraction with the thread's CPU time read after each step, in
/// alternating rounds, and the median of the per-round speed ratios of each step. A change to one reader moves its
/// step by a fraction the whole extraction's noise hides.
/// </summary>
internal static class StageCompare
{
    private const int Rounds = 30;

    /// <summary>
    /// Over the corpus, or with <paramref name="adversarial"/> over that adversarial input (one pass per megabyte). With
    /// <paramref name="otherCore"/>, that build stands for this one, loaded the same way as the baseline. A build
    /// against a copy of itself still read up to 1.06x in the text step and 1.02-1.03x over all steps, whichever way
    /// round (where each copy's tables land in memory, it seems): compare two builds both ways and take the geometric
    /// mean of the two ratios.
    /// </summary>
    public static void Run(string baselineCore, int megabytes, string? adversarial, string? otherCore)
    {
        var (articles, bytesPerPass) = adversarial is null ? BenchCorpus.Load() : AdversarialArticle(adversarial);
        var passes = (int)Math.Ceiling(megabytes * 1_000_000.0 / bytesPerPass);
        var baseline = BaselineSteps(Path.GetFullPath(baselineCore), articles);
        var current = otherCore is not null ? BaselineSteps(Path.GetFullPath(otherCore), articles) : articles.Select(article =>
        {
            var (body, reference) = (article.BodyText(), Reference(article));
            return (Action<Action>)(afterStep => ClaimExtractor.Extract(article, body, reference, afterStep));
        }).ToList();
        var ratios = new double[StageProfile.Names.Length + 1][];
        for (var step = 0; step < ratios.Length; step++)
        {
            ratios[step] = new double[Rounds];
        }

        Time(baseline, passes);
        Time(current, passes);
        for (var round = 0; round < Rounds; round++)
        {
            // The order alternates, so that running second (warmer caches) favours neither build.
            var (before, after) = round % 2 == 0 ? (Time(baseline, passes), Time(current, passes)) : Swap(Time(current, passes), Time(baseline, passes));
            for (var step = 0; step < before.Length; step++)
            {
                ratios[step][round] = (double)before[step] / Math.Max(1, after[step]);
            }

            ratios[^1][round] = (double)before.Sum() / after.Sum();
        }

        foreach (var (name, stepRatios) in StageProfile.Names.Append("all steps").Zip(ratios))
        {
            Array.Sort(stepRatios);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-24} speed ratio median {stepRatios[Rounds / 2]:F2}x, middle half {stepRatios[Rounds / 4]:F2}-{stepRatios[3 * Rounds / 4]:F2}x"));
        }
    }

    private static (IReadOnlyList<Article> Articles, long Bytes) AdversarialArticle(string name)
    {
        var text = ExtractionBench.Adversarial().Single(input => input.Name == name).Text;
        return ([new Article(ArticleId.FromText(name), "bench", new DateOnly(2025, 5, 23), null, text, null)], System.Text.Encoding.UTF8.GetByteCount(text));
    }

    private static DateOnly? Reference(Article article) => article.PublishedAt ?? PublicationDateInference.Infer(article.BodyText()).Date;

    /// <summary>The baseline's internal Extract with a step callback, called through compiled expressions (reflection's own cost would show).</summary>
    private static List<Action<Action>> BaselineSteps(string path, IReadOnlyList<Article> articles)
    {
        var (assembly, copies) = BaselineCompare.BaselineArticles(path, articles);
        var articleType = assembly.GetType("Pipeline.Core.Articles.Article", throwOnError: true)!;
        var extract = assembly.GetType("Pipeline.Core.Claims.ClaimExtractor", throwOnError: true)!
            .GetMethod("Extract", BindingFlags.NonPublic | BindingFlags.Static, [articleType, typeof(string), typeof(DateOnly?), typeof(Action)])!;
        return copies.Zip(articles, (copy, article) =>
        {
            var afterStep = Expression.Parameter(typeof(Action));
            var call = Expression.Call(extract, Expression.Constant(copy), Expression.Constant(article.BodyText()), Expression.Constant(Reference(article), typeof(DateOnly?)), afterStep);
            return Expression.Lambda<Action<Action>>(call, afterStep).Compile();
        }).ToList();
    }

    private static (long[] Baseline, long[] Current) Swap(long[] current, long[] baseline) => (baseline, current);

    private static long[] Time(List<Action<Action>> extractions, int passes)
    {
        var ticks = new long[StageProfile.Names.Length];
        var (step, last) = (0, 0L);
        void AfterStep()
        {
            var now = ThreadClock.Nanoseconds();
            ticks[step++] += now - last;
            last = now;
        }

        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var extract in extractions)
            {
                (step, last) = (0, ThreadClock.Nanoseconds());
                extract(AfterStep);
            }
        }

        return ticks;
    }
}
