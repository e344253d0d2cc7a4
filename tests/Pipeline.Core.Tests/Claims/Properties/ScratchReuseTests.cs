using Pipeline.Core.Articles;
using Pipeline.Core.Claims;

namespace Pipeline.Core.Tests.Claims.Properties;

/// <summary>
/// The extractor keeps its per-token arrays per thread between articles (longer than the next article's tokens, and
/// holding the last one's values): an article must read the same after a longer or a shorter one as on its own.
/// </summary>
public class ScratchReuseTests
{
    private const string Short = "Officials said 270 soldiers and 120 civilians were freed on Friday. The exchange, the largest since May 16, ended.";

    // Short sentences, every token claimed or marked: what a shorter article finds left in the arrays differs from it.
    private static readonly string Long = string.Concat(Enumerable.Repeat("Yes. On May 2, 40 soldiers, 12 tanks. ", 60));

    [Fact]
    public void Extract_AfterALongerAndAShorterArticle_GivesTheSameClaims()
    {
        var alone = Describe(Short);

        _ = Describe(Long);
        var afterLonger = Describe(Short);
        _ = Describe("No.");
        var afterShorter = Describe(Short);

        Assert.NotEmpty(alone);
        Assert.Equal(alone, afterLonger);
        Assert.Equal(alone, afterShorter);
    }

    private static List<string> Describe(string text)
    {
        var article = new Article(ArticleId.FromText(text), "reuse", new DateOnly(2025, 5, 23), null, text, null);
        return [.. ClaimExtractor.Extract(article).Select(claim =>
            $"{claim.Id} {claim.Kind} {claim.Start}-{claim.End} {claim.Text} | {claim.Sentence} | {claim.Scope} {claim.Attribution} {claim.Hedged} {string.Join(',', claim.Entities)}")];
    }
}
