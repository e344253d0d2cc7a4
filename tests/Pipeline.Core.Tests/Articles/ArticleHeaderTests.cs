using Pipeline.Core.Articles;

namespace Pipeline.Core.Tests.Articles;

public class ArticleHeaderTests
{
    private const string Body = "Ferry service resumes\n\nThe ferry carried 212 passengers yesterday.\n";

    [Theory]
    [InlineData("Title: Ferry service resumes\nSource: Harbor Gazette\nPublished: 2025-06-04\nURL: https://example.test/a\n\n")]
    [InlineData("Title: Ferry service resumes\r\nSource: Harbor Gazette\r\nPublished: 2025-06-04\r\nURL: https://example.test/a\r\n\r\n")]
    [InlineData("---\ntitle: Ferry service resumes\nsource: Harbor Gazette\npublished_at: 2025-06-04T07:30:00Z\nurl: https://example.test/a\n---\n")]
    [InlineData("\n\nTITLE: Ferry service resumes\nSOURCE: Harbor Gazette\nPublication date: 4 June 2025\nLink: https://example.test/a\n=====\n\n")]
    public void Read_HeaderForms_FindTheBodyAndTheFields(string header)
    {
        var parsed = ArticleHeader.Read(header + Body);

        Assert.Equal(header.Length, parsed.BodyStart);
        Assert.Equal("Ferry service resumes", parsed.Title);
        Assert.Equal("Harbor Gazette", parsed.Source);
        Assert.True(PublishedDate.TryParse(parsed.Published, out var published));
        Assert.Equal(new DateOnly(2025, 6, 4), published);
        Assert.Equal("https://example.test/a", parsed.Url);
    }

    [Theory]
    [InlineData("Breaking: 40 killed as storm hits coast\n\nForty people died on Sunday.\n")]
    [InlineData("Editor's note: this story was updated on Monday.\n\nForty people died on Sunday.\n")]
    [InlineData("Officials said on Friday that the bridge: a landmark, had closed.\n\nIt reopened later.\n")]
    [InlineData("---\nA plain paragraph after a rule.\n---\nAnother.\n")]
    [InlineData("Title: Only a header, never closed\nSource: Harbor Gazette")]
    [InlineData("Storm update\nSource: Harbor Gazette\n\nForty people died on Sunday.\n")]
    public void Read_ProseOrAnUnclosedBlock_IsNotAHeader(string text)
    {
        var parsed = ArticleHeader.Read(text);

        Assert.Equal(0, parsed.BodyStart);
        Assert.Null(parsed.Title);
        Assert.Null(parsed.Source);
    }

    [Fact]
    public void Parse_HeaderFillsWhatTheUploadDoesNotSay()
    {
        var text = "Title: Ferry service resumes\nSource: Harbor Gazette\nPublished: 2025-06-04\nURL: https://example.test/a\n\n" + Body;

        var article = ArticleParser.Parse(System.Text.Encoding.UTF8.GetBytes(text), "a.txt", new ArticleHints(null, null)).Article!;

        Assert.Equal("harbor-gazette", article.Source);
        Assert.Equal(new DateOnly(2025, 6, 4), article.PublishedAt);
        Assert.Equal("Ferry service resumes", article.Title);
        Assert.Equal("https://example.test/a", article.Url);
        Assert.Equal(text, article.Text);
        Assert.Equal(text.IndexOf("Ferry service resumes\n\n", StringComparison.Ordinal), article.BodyStart);
        Assert.Equal(text.IndexOf("\n\nThe ferry", StringComparison.Ordinal), article.HeadlineEnd);
    }

    [Fact]
    public void Parse_WhatTheUploadSaysWinsOverTheHeader()
    {
        var text = "Source: Harbor Gazette\nPublished: 2025-06-04\nTitle: From the header\n\n" + Body;
        var hints = new ArticleHints("valley-ledger", new DateOnly(2025, 6, 5), "From metadata", "https://example.test/meta");

        var article = ArticleParser.Parse(System.Text.Encoding.UTF8.GetBytes(text), "a.txt", hints).Article!;

        Assert.Equal("valley-ledger", article.Source);
        Assert.Equal(new DateOnly(2025, 6, 5), article.PublishedAt);
        Assert.Equal("From metadata", article.Title);
        Assert.Equal("https://example.test/meta", article.Url);
    }

    [Theory]
    [InlineData("Source: Harbor Gazette\n\n", "empty")]
    [InlineData("Published: 2025-06-04\n\nThe ferry carried 212 passengers.", "source")]
    public void Parse_HeaderWithoutBodyOrSource_IsRejectedWithItsReason(string text, string code)
    {
        var result = ArticleParser.Parse(System.Text.Encoding.UTF8.GetBytes(text), "a.txt", new ArticleHints(null, null));

        Assert.False(result.Succeeded);
        Assert.Equal(code, result.Rejection!.Code);
    }

    [Fact]
    public void Parse_NoSourceAnywhere_TakesTheCallersDefault()
    {
        var article = ArticleParser.Parse(System.Text.Encoding.UTF8.GetBytes(Body), "a.txt", new ArticleHints(null, null, DefaultSource: "unknown")).Article!;

        Assert.Equal("unknown", article.Source);
        Assert.Equal(0, article.BodyStart);
        Assert.Equal("Ferry service resumes", article.Title);
    }
}
