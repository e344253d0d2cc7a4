using Pipeline.Core.Claims;
using Pipeline.Core.Tests.Support;

namespace Pipeline.Core.Tests.Claims;

public class ClaimExtractorSeedTests
{
    [Theory]
    [InlineData("000", "1,000 prisoners", 1000.0)]
    [InlineData("000", "270 military personnel", 270.0)]
    [InlineData("000", "120 civilians", 120.0)]
    [InlineData("003", "1.000 prisoners", 1000.0)]
    [InlineData("003", "390 prisoners", 390.0)]
    [InlineData("004", "390 people", 390.0)]
    public void Extract_SeedArticle_FindsCountWithValue(string prefix, string span, double expected)
    {
        var claims = ClaimExtractor.Extract(SeedArticles.ByFilePrefix(prefix));

        var matching = claims.Where(c => c.Text == span).ToList();

        Assert.NotEmpty(matching);
        var claim = matching[0];
        Assert.Equal(expected, claim.Quantity!.Number);
        Assert.Equal(ClaimKind.Count, claim.Kind);
    }

    [Fact]
    public void Extract_SeedArticles_OffsetsPointAtTheSpan()
    {
        foreach (var article in SeedArticles.All)
        {
            foreach (var claim in ClaimExtractor.Extract(article))
            {
                Assert.Equal(claim.Text, article.Text[claim.Start..claim.End]);
                Assert.Contains(claim.Text, claim.Sentence, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Extract_SameArticleTwice_GivesIdenticalClaims()
    {
        var article = SeedArticles.ByFilePrefix("004");

        Assert.Equal(ClaimExtractor.Extract(article), ClaimExtractor.Extract(article), new ClaimIdComparer());
    }

    private sealed class ClaimIdComparer : IEqualityComparer<Claim>
    {
        public bool Equals(Claim? x, Claim? y) => x?.Id == y?.Id && x?.FactKey == y?.FactKey;

        public int GetHashCode(Claim obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
