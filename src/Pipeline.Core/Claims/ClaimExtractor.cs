using Pipeline.Core.Articles;
using Pipeline.Core.Claims.Attribution;
using Pipeline.Core.Claims.Dates;
using Pipeline.Core.Claims.Durations;
using Pipeline.Core.Claims.Numbers;
using Pipeline.Core.Claims.Quantities;
using Pipeline.Core.Claims.Ranks;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims;

/// <summary>
/// Extracts the checkable claims in an article. Deterministic: same article, same claims, same order, same ids.
/// Readers run from the most specific to the most general (ranks, dates, durations, then counts) and each marks the
/// tokens it used, so "May 16" is a date and never also a count of 16.
/// </summary>
public static class ClaimExtractor
{
    public static IReadOnlyList<Claim> Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var body = article.BodyText();
        return Extract(article, body, article.PublishedAt ?? PublicationDateInference.Infer(body).Date);
    }

    /// <summary>Extracts with an explicit reference date for relative dates ("yesterday", "last week").</summary>
    public static IReadOnlyList<Claim> Extract(Article article, DateOnly? reference)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Extract(article, article.BodyText(), reference);
    }

    // The benchmarks' StageProfile times these steps one by one: keep it in step when they change.
    /// <summary><paramref name="body"/> is the text with any metadata header blanked (<see cref="Article.BodyText"/>).</summary>
    private static List<Claim> Extract(Article article, string body, DateOnly? reference)
    {
        var context = new TextContext(body);
        var taken = new bool[context.Tokens.Length + 1];
        var drafts = new List<ClaimDraft>();
        var numbers = NumberScanner.Scan(context, CountedNouns.StartsAt(context));
        OrdinalClaims.Find(context, taken, drafts);
        var dates = DateClaims.Find(context, reference, taken, drafts);
        DurationClaims.Find(context, numbers, taken, drafts);
        RatioClaims.Find(context, numbers, taken, drafts);
        VagueClaims.Find(context, taken, drafts);
        CountClaims.Find(context, numbers, taken, drafts);
        ElidedCounts.Find(context, numbers, taken, drafts);
        AnaphoraClaims.Find(context, taken, drafts);
        SuperlativeClaims.Find(context, taken, drafts);
        QuoteClaims.Find(context, drafts);
        var finisher = new ClaimFinisher(context, new ExtractionInput(article.Id, body, reference), dates, drafts);
        return ClaimOrder.Sorted(drafts, finisher.Finish);
    }
}
