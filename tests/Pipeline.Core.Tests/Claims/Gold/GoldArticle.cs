using System.Text.Json;
using Pipeline.Core.Tests.Support;

namespace Pipeline.Core.Tests.Claims.Gold;

/// <summary>A seed article's gold: its claims and the spans that are explicitly not claims.</summary>
public sealed record GoldArticle(string File, IReadOnlyList<GoldClaim> Claims, IReadOnlyList<(int Start, int End, string Span)> NonClaims)
{
    public static IReadOnlyList<GoldArticle> Load()
    {
        using var gold = JsonDocument.Parse(System.IO.File.ReadAllText(SharedFolder.PathOf("gold", "seeds.gold.json")));
        return gold.RootElement.GetProperty("articles").EnumerateArray().Select(article => new GoldArticle(
            article.GetProperty("article").GetString()!,
            article.GetProperty("claims").EnumerateArray().Select(GoldClaim.From).ToList(),
            article.GetProperty("non_claims").EnumerateArray()
                .Select(n => (n.GetProperty("start").GetInt32(), n.GetProperty("end").GetInt32(), n.GetProperty("span").GetString()!)).ToList()))
            .ToList();
    }
}
