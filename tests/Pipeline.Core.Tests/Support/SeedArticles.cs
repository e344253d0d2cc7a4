using System.Text.Json;
using Pipeline.Core.Articles;

namespace Pipeline.Core.Tests.Support;

/// <summary>The five real seed articles, parsed with the source and date from their manifest.</summary>
public static class SeedArticles
{
    public static IReadOnlyList<Article> All { get; } = Load();

    public static Article ByFilePrefix(string prefix) =>
        All.Single(a => a.Url!.StartsWith(prefix, StringComparison.Ordinal));

    private static List<Article> Load()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(SharedFolder.PathOf("articles", "manifest.json")));
        return manifest.RootElement.GetProperty("articles").EnumerateArray().Select(entry =>
        {
            var file = entry.GetProperty("file").GetString()!;
            var hints = new ArticleHints(
                entry.GetProperty("source").GetString(),
                DateOnly.Parse(entry.GetProperty("published").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
                Url: file);
            var result = ArticleParser.Parse(File.ReadAllBytes(SharedFolder.PathOf("articles", file)), file, hints);
            return result.Article ?? throw new InvalidOperationException($"{file}: {result.Rejection!.Reason}");
        }).ToList();
    }
}
