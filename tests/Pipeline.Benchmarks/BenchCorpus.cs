using Pipeline.Core.Articles;

namespace Pipeline.Benchmarks;

/// <summary>The seed articles (../shared/articles) and samples/articles/* if present, repeated to the requested size.</summary>
internal static class BenchCorpus
{
    public static (IReadOnlyList<Article> Distinct, long Utf8Bytes) Load()
    {
        var repository = FindRepository();
        var files = Directory.GetFiles(Path.Combine(repository.Parent!.FullName, "shared", "articles"), "*.txt")
            .Concat(Directory.Exists(Path.Combine(repository.FullName, "samples", "articles"))
                ? Directory.GetFiles(Path.Combine(repository.FullName, "samples", "articles"))
                : [])
            .Order(StringComparer.Ordinal)
            .ToList();
        var articles = files.Select(file => ArticleParser.Parse(File.ReadAllBytes(file), Path.GetFileName(file), new ArticleHints("bench", new DateOnly(2025, 5, 23), Url: file)).Article)
            .OfType<Article>()
            .ToList();
        return (articles, articles.Sum(a => (long)System.Text.Encoding.UTF8.GetByteCount(a.Text)));
    }

    private static DirectoryInfo FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pipeline.sln")))
            {
                return dir;
            }
        }

        throw new DirectoryNotFoundException("Pipeline.sln not found above the benchmark binaries.");
    }
}
