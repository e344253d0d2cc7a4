using Pipeline.Core.Articles;
using Pipeline.Core.Claims;
using Pipeline.Core.Text;

namespace Pipeline.Core.Tests.Claims.Properties;

/// <summary>
/// The extractor keeps its tokens, per-token and per-sentence arrays and readers' lists per thread between articles
/// (longer than the next article's, and holding the last one's values): an article must read the same after a longer
/// or a shorter one as on its own.
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

    // Each prefix, read right after the whole text, finds the rest of the text's tokens, word ids and marks just past
    // its own in the kept arrays: a read past its last token would see a unit, a year or a closing quote there.
    private const string Whole = "Officials said prices rose 12 percent in May 2024, up from 3.5% a year earlier, and 270 soldiers were freed on “Friday”.";

    [Fact]
    public void Extract_OfEachPrefixAfterTheWholeText_GivesTheSameClaimsAsOnAFreshThread()
    {
        foreach (var cut in Enumerable.Range(1, Whole.Length).Where(end => end == Whole.Length || Whole[end] is ' ' or '%' or ',' or '.'))
        {
            var prefix = Whole[..cut];
            var fresh = OnAFreshThread(() => Describe(prefix));

            _ = Describe(Whole);
            Assert.Equal(fresh, Describe(prefix));
        }
    }

    [Fact]
    public void Tokens_AfterALongerTextReleased_AreTheTextsOwn()
    {
        var (longer, text) = (new TextContext(Long), "Prices rose 12");
        longer.Release();

        var context = new TextContext(text);
        Assert.Equal(Tokenizer.Tokenize(text), context.Tokens.ToArray());
        Assert.False(context.IsWord(context.Tokens.Length));
        Assert.False(context.Has(context.Tokens.Length, (LexiconMarks)(-1)));
        context.Release();
    }

    [Fact]
    public void Sentences_AfterALongerTextReleased_AreTheTextsOwn()
    {
        var text = "Prices rose 12 percent. Officials said so.\nIt ended.";
        var fresh = OnAFreshThread(() => Sentences(new TextContext(text)));
        var longer = new TextContext(Long);
        _ = Sentences(longer);
        longer.Release();

        var context = new TextContext(text);
        Assert.Equal(fresh, Sentences(context));
        Assert.Throws<ArgumentOutOfRangeException>(() => context.SentenceTokens(context.Sentences.Count));
        context.Release();
    }

    [Fact]
    public void Extract_AfterInferringALongerArticlesDate_GivesTheSameClaims()
    {
        var alone = OnAFreshThread(() => Describe(Short));

        _ = PublicationDateInference.Infer(Long, new DateOnly(2025, 5, 23));
        Assert.Equal(alone, Describe(Short));
    }

    private static List<string> Sentences(TextContext context) =>
        [.. Enumerable.Range(0, context.Sentences.Count).Select(s => $"{context.Sentences[s]} {context.SentenceTokens(s)} {context.SentenceText(s)}")];

    private static T OnAFreshThread<T>(Func<T> read)
    {
        var result = default(T);
        var thread = new Thread(() => result = read());
        thread.Start();
        thread.Join();
        return result!;
    }

    private static List<string> Describe(string text)
    {
        var article = new Article(ArticleId.FromText(text), "reuse", new DateOnly(2025, 5, 23), null, text, null);
        return [.. ClaimExtractor.Extract(article).Select(claim =>
            $"{claim.Id} {claim.Kind} {claim.Start}-{claim.End} {claim.Text} | {claim.Sentence} | {claim.Scope} {claim.Attribution} {claim.Hedged} {string.Join(',', claim.Entities)}")];
    }
}
