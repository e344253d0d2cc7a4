using Pipeline.Core.Articles;

namespace Pipeline.Benchmarks;

/// <summary>The seed articles (../shared/articles) and samples/articles/**/*.txt if present (empty uploads are skipped by the parser).</summary>
internal static class BenchCorpus
{
    public static (IReadOnlyList<Article> Distinct, long Utf8Bytes) Load()
    {
        var repository = FindRepository();
        var files = Directory.GetFiles(Path.Combine(repository.Parent!.FullName, "shared", "articles"), "*.txt")
            .Concat(Directory.Exists(Path.Combine(repository.FullName, "samples", "articles"))
                ? Directory.GetFiles(Path.Combine(repository.FullName, "samples", "articles"), "*.txt", SearchOption.AllDirectories)
                : [])
            .Order(StringComparer.Ordinal)
            .ToList();
        var articles = files.Select(file => ArticleParser.Parse(File.ReadAllBytes(file), Path.GetFileName(file), new ArticleHints("bench", new DateOnly(2025, 5, 23), Url: file)).Article)
            .OfType<Article>()
            .ToList();
        return (articles, articles.Sum(a => (long)System.Text.Encoding.UTF8.GetByteCount(a.Text)));
    }

    /// <summary>Above the binaries, or else above the working directory, so a copied baseline build finds the same corpus.</summary>
    private static DirectoryInfo FindRepository() =>
        FindAbove(AppContext.BaseDirectory) ?? FindAbove(Environment.CurrentDirectory)
        ?? throw new DirectoryNotFoundException("Pipeline.sln not found above the benchmark binaries or the working directory.");

    private static DirectoryInfo? FindAbove(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pipeline.sln")))
            {
                return dir;
            }
        }

        return null;
    }
}
