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

    /// <summary><paramref name="body"/> is the text with any metadata header blanked (<see cref="Article.BodyText"/>).</summary>
    private static List<Claim> Extract(Article article, string body, DateOnly? reference) => Extract(article, body, reference, null);

    /// <summary>
    /// The extraction, calling <paramref name="afterStep"/> after each of its <see cref="StepCount"/> steps: the
    /// benchmarks' stage profile times them here rather than in a copy of the sequence.
    /// </summary>
    internal static List<Claim> Extract(Article article, string body, DateOnly? reference, Action? afterStep)
    {
        var context = new TextContext(body);
        afterStep?.Invoke();
        var (taken, drafts, numbers, dates) = RentScratch(context.Tokens.Length + 1);
        NumberScanner.Scan(context, CountedNouns.StartsAt(context), numbers);
        afterStep?.Invoke();
        OrdinalClaims.Find(context, taken, drafts);
        afterStep?.Invoke();
        DateClaims.Find(context, reference, taken, drafts, dates);
        afterStep?.Invoke();
        DurationClaims.Find(context, numbers, taken, drafts);
        afterStep?.Invoke();
        RatioClaims.Find(context, numbers, taken, drafts);
        afterStep?.Invoke();
        VagueClaims.Find(context, taken, drafts);
        afterStep?.Invoke();
        CountClaims.Find(context, numbers, taken, drafts);
        afterStep?.Invoke();
        ElidedCounts.Find(context, numbers, taken, drafts);
        LeadingElidedCounts.Find(context, numbers, taken, drafts);
        BareSubjectCounts.Find(context, numbers, taken, drafts);
        afterStep?.Invoke();
        AnaphoraClaims.Find(context, taken, drafts);
        afterStep?.Invoke();
        SuperlativeClaims.Find(context, taken, drafts);
        afterStep?.Invoke();
        QuoteClaims.Find(context, drafts);
        afterStep?.Invoke();
        var finisher = new ClaimFinisher(context, new ExtractionInput(article.Id, body, reference), dates, drafts);
        afterStep?.Invoke();
        var claims = ClaimOrder.Sorted(drafts, finisher.Finish);
        context.Release();
        ReturnScratch(taken, drafts, numbers, dates);
        afterStep?.Invoke();
        return claims;
    }

    // The taken flags and the draft, number and date lists, kept per thread between extractions like the text's
    // per-token arrays (TokenArrays): made fresh they were allocated, zeroed and, for the lists, grown by copying for
    // every article. Readers index the flags by token, never by their length, so a longer array reads the same once cleared.
    [ThreadStatic]
    private static bool[]? spareTaken;

    [ThreadStatic]
    private static List<ClaimDraft>? spareDrafts;

    [ThreadStatic]
    private static List<NumberMention>? spareNumbers;

    [ThreadStatic]
    private static List<DateMention>? spareDates;

    // Flags for more tokens, or a list with room for more drafts, are not kept: a thread would hold an outsized article's for good.
    private const int MaxKept = 1 << 16;

    private static (bool[] Taken, List<ClaimDraft> Drafts, List<NumberMention> Numbers, List<DateMention> Dates) RentScratch(int tokens)
    {
        var (taken, drafts, numbers, dates) = (spareTaken, spareDrafts ?? [], spareNumbers ?? [], spareDates ?? []);
        (spareTaken, spareDrafts, spareNumbers, spareDates) = (null, null, null, null);
        if (taken is null || taken.Length < tokens)
        {
            taken = new bool[Math.Max(tokens, 2 * (taken?.Length ?? 0))];
        }
        else
        {
            taken.AsSpan(0, tokens).Clear();
        }

        return (taken, drafts, numbers, dates);
    }

    /// <summary>Keeps the scratch for the thread's next extraction; the drafts and dates are let go, not the lists' capacity.</summary>
    private static void ReturnScratch(bool[] taken, List<ClaimDraft> drafts, List<NumberMention> numbers, List<DateMention> dates)
    {
        drafts.Clear();
        dates.Clear();
        (spareTaken, spareDrafts) = (taken.Length <= MaxKept ? taken : null, drafts.Capacity <= MaxKept ? drafts : null);
        (spareNumbers, spareDates) = (numbers.Capacity <= MaxKept ? numbers : null, dates.Capacity <= MaxKept ? dates : null);
    }

    /// <summary>How many times <see cref="Extract(Article, string, DateOnly?, Action?)"/> calls its step callback.</summary>
    internal const int StepCount = 14;
}
