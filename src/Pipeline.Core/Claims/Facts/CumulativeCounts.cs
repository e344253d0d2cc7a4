using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Facts;

/// <summary>
/// "bringing the total to 697", "4,757 freed since 2022", "so far", "to date": a count of everything up to now. It is
/// another fact than the count of one day, so it gets a group of its own; under the day's key, "307 freed on Saturday"
/// and "697 freed in all" would contradict each other and the article would vote against itself.
/// </summary>
internal static class CumulativeCounts
{
    // "bringing the total released over two days to 697 per side": the total may be a few words before its figure.
    private const int TotalWindow = 8;

    // "Over two days," with its comma.
    private const int MaxOpenerTokens = 4;

    private const int SuperlativeWindow = 4;

    private static readonly WordSet TotalNouns = new("total", "tally");
    private static readonly WordSet Openers = new("altogether", "overall", "cumulative", "cumulatively");

    // "Over two days, 697 have been freed": a count over several days sums them.
    private static readonly WordSet PeriodUnits = new("days", "weeks", "months", "years");

    // Every cue starts with one of these: a token that is none costs one array read.
    private static readonly WordSet CueStarts = new("altogether", "overall", "cumulative", "cumulatively", "since", "over", "so", "to", "in");

    private static readonly int First = Vocabulary.RequiredId("first");

    public static string Group(string group) => group + "-cumulative";

    /// <summary>Whether the word at <paramref name="index"/> names a total ("total", "tally").</summary>
    public static bool IsTotalNoun(TextContext context, int index) => context.IsAny(index, TotalNouns);

    /// <summary>
    /// Whether the count starting at <paramref name="first"/> is a running total by its words (a clause
    /// counting from a period's start, "since 2022", is one too: <see cref="EventDates.Near"/> tells that).
    /// </summary>
    public static bool Is(TextContext context, ClaimSite site, int first)
    {
        var ((from, to), sentenceFirst) = (site.Clause, site.Sentence.First);
        return TotalBefore(context, Math.Max(from, first - TotalWindow), first)
            || ByTheWarSoFar(context, from, first)
            || HasCue(context, from, to)
            || (from - sentenceFirst <= MaxOpenerTokens && HasCue(context, sentenceFirst, from))
            || OpensWithSince(context, sentenceFirst);
    }

    /// <summary>"bringing the total to 697", "the tally stands at"; but "A total of 390 were freed on Friday" is one day's figure.</summary>
    private static bool TotalBefore(TextContext context, int from, int first)
    {
        for (var i = from; i < first; i++)
        {
            if (context.IsAny(i, TotalNouns) && !(context.Is(i - 1, "a") && context.Is(i + 1, "of")))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet WarNouns = new("war", "conflict", "fighting", "invasion", "insurgency", "violence", "epidemic", "pandemic", "outbreak");
    private static readonly WordSet PerfectAuxiliaries = new("has", "have");

    /// <summary>"The war has killed at least 20,000 people": what a war or an outbreak has done is all it has done so far.</summary>
    private static bool ByTheWarSoFar(TextContext context, int from, int first)
    {
        var war = -1;
        for (var i = from; i < first; i++)
        {
            if (context.IsAny(i, WarNouns))
            {
                war = i;
            }
            else if (war >= 0 && context.IsAny(i, PerfectAuxiliaries))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A cue in the clause; "So far, 697 have been freed": a cue in a short clause opening the sentence reaches the clause after it.</summary>
    private static bool HasCue(TextContext context, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (context.IsAny(i, CueStarts) && (context.IsAny(i, Openers) || IsCuePair(context, i, to)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Since the invasion began on February 24, 2022, at least 12,000 civilians have been killed" ("since then" names no start).</summary>
    private static bool OpensWithSince(TextContext context, int sentenceFirst) =>
        context.Is(sentenceFirst, "since") && !context.Is(sentenceFirst + 1, "then");

    /// <summary>
    /// "so far", "to date", "in total", "in all" where nothing follows it ("in all regions" is no total), "since" with
    /// a start ("since the start of the year"; "since then" names none) and "over two days".
    /// </summary>
    private static bool IsCuePair(TextContext context, int i, int to) =>
        (context.Is(i, "since") && !context.Is(i + 1, "then") && !AfterASuperlative(context, i))
        || (context.Is(i, "over") && context.Has(i + 1, LexiconMarks.Number | LexiconMarks.Digits) && context.IsAny(i + 2, PeriodUnits))
        || (context.Is(i, "so") && context.Is(i + 1, "far"))
        || (context.Is(i, "to") && context.Is(i + 1, "date"))
        || (context.Is(i, "in") && (context.Is(i + 1, "total") || (context.Is(i + 1, "all") && (i + 2 >= to || !context.IsWord(i + 2)))));

    /// <summary>"the biggest exchange since the war began": that "since" measures the superlative, not the count.</summary>
    private static bool AfterASuperlative(TextContext context, int since)
    {
        var from = Math.Max(0, since - SuperlativeWindow);
        return context.NextMarked(from, since, LexiconMarks.Superlative) < since || context.NextWord(from, since, First) < since;
    }
}
