using System.Text.Json;

namespace Pipeline.Integration.Tests.Support;

/// <summary>The five real seed articles from ../shared/articles, with the source and date their manifest gives.</summary>
public sealed record SeedArticle(string File, string Source, string Published)
{
    public byte[] Content => System.IO.File.ReadAllBytes(RepositoryPaths.InShared("articles", File));

    public string BlobName => $"{Source}/{File}";

    public static IReadOnlyList<SeedArticle> All { get; } = Load();

    private static List<SeedArticle> Load()
    {
        using var manifest = JsonDocument.Parse(System.IO.File.ReadAllText(RepositoryPaths.InShared("articles", "manifest.json")));
        return manifest.RootElement.GetProperty("articles").EnumerateArray()
            .Select(a => new SeedArticle(a.GetProperty("file").GetString()!, a.GetProperty("source").GetString()!, a.GetProperty("published").GetString()!))
            .ToList();
    }
}
