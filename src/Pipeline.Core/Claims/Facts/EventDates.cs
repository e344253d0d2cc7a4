using Pipeline.Core.Claims.Dates;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Facts;

/// <summary>
/// The date a quantity is about: a date in the same clause ("released 390 on Friday"), else a day that opens the
/// sentence ("On Friday, 390 people were freed") or comes earlier in it, else a day named in the sentence before in
/// the same paragraph ("...on Friday released 270 soldiers. Zelensky confirmed 390"), else the reference date.
/// </summary>
internal sealed class EventDates
{
    private readonly TextContext context;
    private readonly List<DateMention> dates;
    private readonly DateOnly? reference;

    // The sentence of each date, in order: dates come in text order, so a claim looks only at its own and the
    // previous sentence's dates (not every date in the article).
    private readonly int[] sentences;

    // By sentence, its first date (or the next sentence's): a binary search per claim was most of the date scan's cost.
    private readonly int[] firstDates;

    public EventDates(TextContext context, List<DateMention> dates, DateOnly? reference)
    {
        (this.context, this.dates, this.reference) = (context, dates, reference);
        sentences = new int[dates.Count];
        for (var d = 0; d < dates.Count; d++)
        {
            sentences[d] = context.SentenceOfToken(dates[d].FirstToken);
        }

        firstDates = new int[sentences.Length == 0 ? 0 : sentences[^1] + 1];
        for (int s = 0, d = 0; s < firstDates.Length; s++)
        {
            while (sentences[d] < s)
            {
                d++;
            }

            firstDates[s] = d;
        }
    }

    /// <summary>
    /// The date nearest to the claim in its own clause ("released 390 on Friday", "released since March 2022"), the
    /// date the claim is about (that one, else the day carried from the sentence before, else the reference date), and
    /// whether the clause counts from a period's start, which makes a count a running total.
    /// </summary>
    public (DateMention? InClause, DateOnly? Date, bool SincePeriodStart) Near(ClaimSite site, int firstToken, int endToken)
    {
        var (best, opening, carried) = Scan(firstToken, endToken);
        if (best is null && WhenClauseDate(site.Clause.From) is { } when)
        {
            return (when, when.Value.Start, false);
        }

        // "4,757 freed since 2022" is a running total as of the article's day, not a count on the day the period began;
        // so is "since the invasion began on Feb. 24, 2022", where the date itself is a plain one.
        var since = best is { Kind: ClaimKind.DateSince } || (best is { } start && BeginsAPeriod(start));
        var bestDay = since ? reference : best?.Value.Start;
        return (best, bestDay ?? opening?.Value.Start ?? (carried is { EndToken: > 0 } day && !IsPlanBeforeAPastClaim(day, firstToken, endToken) && !OpensWithItsOwnTime(firstToken) ? day.Value.Start : reference), since);
    }

    private static readonly int When = Vocabulary.RequiredId("when");

    /// <summary>
    /// "the deadliest floods since 2011, when 57 people died": a clause that opens with "when" right after a date is
    /// about that date, the year itself and not the open period "since" made of it.
    /// </summary>
    private DateMention? WhenClauseDate(int clauseFrom)
    {
        if (!context.IsWordId(clauseFrom, When) || !context.IsChar(clauseFrom - 1, ','))
        {
            return null;
        }

        var sentence = context.SentenceOfToken(clauseFrom);
        for (var d = FirstDateFrom(sentence); d < dates.Count && sentences[d] == sentence; d++)
        {
            if (dates[d].EndToken == clauseFrom - 1)
            {
                return dates[d].Kind == ClaimKind.DateSince ? dates[d] with { Kind = ClaimKind.Date } : dates[d];
            }
        }

        return null;
    }

    private static readonly WordSet OpeningPrepositions = new("on", "during", "in", "by");
    private static readonly WordSet Stages = new("first", "second", "third", "fourth", "final", "last", "opening");
    private static readonly WordSet StageNouns = new("day", "days", "round", "stage", "phase", "week", "night", "of");

    /// <summary>
    /// "... reached last Friday. On the first of the three days, 270 were released": a sentence that opens with a
    /// time of its own, though no date, is not dated by the day of the sentence before ("In the second city of
    /// Kharkiv" is a place, not a time).
    /// </summary>
    private bool OpensWithItsOwnTime(int firstToken)
    {
        var first = context.SentenceTokens(context.SentenceOfToken(firstToken)).First;
        return context.IsAny(first, OpeningPrepositions) && context.Is(first + 1, "the") && context.IsAny(first + 2, Stages) && context.IsAny(first + 3, StageNouns);
    }

    /// <summary>
    /// "The swap was to continue on Sunday. So far, 697 have been freed.": a day still to come dates no claim of what
    /// has already happened.
    /// </summary>
    private bool IsPlanBeforeAPastClaim(DateMention day, int firstToken, int endToken) =>
        day.Value.Start > reference && TenseReader.Stated(context, firstToken, endToken) == false;

    /// <summary>The nearest date in the claim's clause, a day earlier in its sentence, and the last day named in the sentence before.</summary>
    private (DateMention? Best, DateMention? Opening, DateMention? Carried) Scan(int firstToken, int endToken)
    {
        var sentence = context.SentenceOfToken(firstToken);
        var sentenceFirst = context.SentenceTokens(sentence).First;
        var first = FirstDateFrom(sentence - 1);
        DateMention? best = null;
        DateMention? opening = null;
        DateMention? carried = null;
        for (var d = first; d < dates.Count && sentences[d] <= sentence; d++)
        {
            var date = dates[d];
            if (sentences[d] == sentence - 1)
            {
                if (context.OpensParagraph(sentence))
                {
                    continue;
                }

                carried = IsDay(date) ? date : carried;
            }
            else if ((SameClause(date, firstToken, endToken) || OpensTheClaimsClause(date, firstToken, sentenceFirst)) && (best is null || Nearer(date, best.Value, firstToken, endToken)))
            {
                best = date;
            }
            else if (IsDay(date) && date.EndToken <= firstToken && (opening is null || !Opens(opening.Value, sentenceFirst)) && SetsTheScene(date, sentenceFirst))
            {
                // A day that opens the sentence ("On Friday, ...") dates all of it; else the last day before the claim
                // does ("released on Friday were soldiers, but 120 civilians were also freed").
                opening = date;
            }
        }

        return (best, opening, carried);
    }

    /// <summary>
    /// A day that can date a later clause: one opening the sentence, or "on Friday" of a past event; not the day a
    /// period started ("since the invasion began on February 24") nor a plan ("schools would reopen on Monday").
    /// </summary>
    private bool SetsTheScene(DateMention date, int sentenceFirst)
    {
        if (Opens(date, sentenceFirst))
        {
            return true;
        }

        if (!context.Is(date.FirstToken - 1, "on") || TenseReader.IsFuture(context, date.FirstToken, date.EndToken) || IsAside(date, sentenceFirst))
        {
            return false;
        }

        for (var i = Math.Max(sentenceFirst, date.FirstToken - PeriodCueWindow); i < date.FirstToken; i++)
        {
            if (context.IsAny(i, PeriodCues))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "since the beginning of its full-scale invasion on Feb. 24, 2022": the day a period began, a few words after
    /// "since" in the same clause ("since then" names no start, and "daily since March, and on May 20 a strike killed
    /// 12" dates the strike).
    /// </summary>
    private bool BeginsAPeriod(DateMention date)
    {
        var sentenceFirst = context.SentenceTokens(context.SentenceOfToken(date.FirstToken)).First;
        var clauseFirst = Clauses.Start(context, date.FirstToken, sentenceFirst);
        for (var i = context.NextWord(Math.Max(clauseFirst, date.FirstToken - SinceWindow), date.FirstToken, Since); i < date.FirstToken; i = context.NextWord(i + 1, date.FirstToken, Since))
        {
            if (!context.Is(i + 1, "then"))
            {
                return true;
            }
        }

        return false;
    }

    // Participles that name an earlier deal or statement, not the event the sentence counts.
    private static readonly WordSet AgreementParticiples = new("agreed", "reached", "signed", "announced", "brokered", "negotiated", "struck", "approved");

    /// <summary>
    /// "The exchange, agreed at talks in Istanbul on May 16, has returned 1,000": a day in an aside about the deal
    /// behind the event dates the deal, not the sentence. Other asides date the event itself ("The prisoners, released
    /// on Friday, included 120 civilians").
    /// </summary>
    private bool IsAside(DateMention date, int sentenceFirst)
    {
        var start = Clauses.Start(context, date.FirstToken, sentenceFirst);
        return start > sentenceFirst && context.IsChar(start - 1, ',') && context.IsAny(start, AgreementParticiples);
    }

    private const int PeriodCueWindow = 6;

    // "since the beginning of its full-scale invasion on": an event named between "since" and its day can be long.
    private const int SinceWindow = 12;
    private static readonly WordSet PeriodCues = new("since", "until", "till", "before", "after");
    private static readonly int Since = Vocabulary.RequiredId("since");

    private bool Opens(DateMention date, int sentenceFirst) => date.FirstToken - sentenceFirst <= 1 && context.IsChar(date.EndToken, ',');

    private static bool IsDay(DateMention date) => date.Value.Precision == DatePrecision.Day && date.Kind == ClaimKind.Date;

    /// <summary>The first date in <paramref name="sentence"/> or after it.</summary>
    private int FirstDateFrom(int sentence) => sentence switch
    {
        < 0 => 0,
        _ when sentence >= firstDates.Length => dates.Count,
        _ => firstDates[sentence],
    };

    private static int Distance(DateMention date, int token) => Math.Abs(date.FirstToken - token);

    /// <summary>
    /// Whether <paramref name="date"/> is nearer the claim than <paramref name="best"/>; at a tie one right after the
    /// claim behind "in" or "on" wins: in "fell to 3.9% in May from 4.1% in April" the 4.1% is April's.
    /// </summary>
    private bool Nearer(DateMention date, DateMention best, int firstToken, int endToken)
    {
        var (distance, bestDistance) = (Distance(date, firstToken), Distance(best, firstToken));
        return distance < bestDistance || (AttachedAfter(date, endToken) && !AttachedAfter(best, endToken) && Gap(date, firstToken, endToken) <= Gap(best, firstToken, endToken));
    }

    private bool AttachedAfter(DateMention date, int endToken) => date.FirstToken == endToken + 1 && context.IsAny(endToken, OnOrIn);

    /// <summary>Tokens between the claim and the date, on either side.</summary>
    private static int Gap(DateMention date, int firstToken, int endToken) =>
        date.FirstToken >= endToken ? date.FirstToken - endToken : firstToken - date.EndToken;

    private static readonly WordSet OnOrIn = new("on", "in");

    /// <summary>
    /// "On May 23, 390 were exchanged, and on May 24, 307": a day set off by a comma right before the claim is its own,
    /// unless it is when a period began ("Since the invasion began on February 24, 2022, 12,000 ...").
    /// </summary>
    private bool OpensTheClaimsClause(DateMention date, int firstToken, int sentenceFirst) =>
        date.EndToken == firstToken - 1 && context.IsChar(date.EndToken, ',') && IsDay(date) && SetsTheScene(date, sentenceFirst);

    private bool SameClause(DateMention date, int firstToken, int endToken)
    {
        // One vector search over the marks, not a test per token.
        var (from, to) = date.FirstToken < firstToken ? (date.EndToken, firstToken) : (endToken, date.FirstToken);
        return from >= to || context.NextMarked(from, to, LexiconMarks.ClauseBoundary) == to;
    }
}
