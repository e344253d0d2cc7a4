using System.Text;
using Pipeline.Core.Articles;
using Pipeline.Core.Claims;

namespace Pipeline.Core.Tests.Articles;

public class HeaderExtractionTests
{
    private const string Header = "Title: 300 evacuated as river rises\nSource: Harbor Gazette\nPublished: 2025-06-04\nWord count: 412\nID: 7731\n\n";
    private const string Body = "300 evacuated as river rises\n\nMore than 300 people were evacuated yesterday, police said.\n";

    [Fact]
    public void Extract_HeaderFieldsAreNotClaims_AndOffsetsPointIntoTheWholeFile()
    {
        var article = Parse(Header + Body);

        var claims = ClaimExtractor.Extract(article);

        Assert.All(claims, c => Assert.True(c.Start >= Header.Length, $"'{c.Text}' at {c.Start} is in the header"));
        Assert.All(claims, c => Assert.Equal(c.Text, article.Text[c.Start..c.End]));
        var body = claims.Single(c => c.Text == "More than 300 people");
        Assert.Equal(300, body.Quantity!.Lower);
        Assert.Equal("police", body.Attribution);
    }

    [Fact]
    public void Extract_HeaderDateResolvesRelativeDates()
    {
        var claims = ClaimExtractor.Extract(Parse(Header + Body));

        var yesterday = claims.Single(c => c.Text == "yesterday");
        Assert.Equal(new DateOnly(2025, 6, 3), yesterday.Temporal!.Start);
    }

    [Fact]
    public void Extract_SameBodyWithAndWithoutHeader_GivesTheSameClaimsShifted()
    {
        var withHeader = ClaimExtractor.Extract(Parse(Header + Body));
        var plain = ClaimExtractor.Extract(Parse(Body, new DateOnly(2025, 6, 4)));

        Assert.Equal(plain.Select(c => (c.Kind, c.Text, c.Start + Header.Length, c.FactKey)), withHeader.Select(c => (c.Kind, c.Text, c.Start, c.FactKey)));
    }

    [Fact]
    public void HeadlineEnd_IsTheBodysFirstLine()
    {
        var article = Parse(Header + Body);

        Assert.Equal("300 evacuated as river rises", article.Text[article.BodyStart..article.HeadlineEnd]);
    }

    private static Article Parse(string text, DateOnly? published = null) =>
        ArticleParser.Parse(Encoding.UTF8.GetBytes(text), "a.txt", new ArticleHints(published is null ? null : "harbor-gazette", published)).Article!;
}
