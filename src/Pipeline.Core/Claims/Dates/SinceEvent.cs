using System.Globalization;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Dates;

/// <summary>
/// "since Russia's large-scale invasion of Ukraine in February 2022": an interval that opens with an event dated
/// in the same phrase, a claim besides the month's own. Known events open on their day
/// (`Lexicons/event-anchors.txt`), others on their month or year.
/// </summary>
internal static class SinceEvent
{
    private const int MaxPhraseTokens = 12;
    private static readonly int Since = Vocabulary.RequiredId("since");

    // The words that anchor an event, by the month it began: in any other month no word can anchor, and the words
    // are not looked up.
    private static readonly Dictionary<(int Year, int Month), Dictionary<string, DateOnly>> AnchorsByMonth = Lexicon.Load("event-anchors.txt")
        .GroupBy(row => DateOnly.ParseExact(row[1], "yyyy-MM", CultureInfo.InvariantCulture))
        .ToDictionary(month => (month.Key.Year, month.Key.Month), month => month.ToDictionary(row => row[0], row => DateOnly.ParseExact(row[2], "yyyy-MM-dd", CultureInfo.InvariantCulture)));

    // Lower-casing keeps a word's length, so a longer word is no anchor and needs no buffer.
    private static readonly int LongestAnchor = AnchorsByMonth.Values.SelectMany(words => words.Keys).Max(word => word.Length);

    public static bool TryOpen(TextContext context, DateMention date, out DateMention since)
    {
        since = default;
        if (date.Value.Precision is not (DatePrecision.Month or DatePrecision.Year) || !context.Is(date.FirstToken - 1, "in"))
        {
            return false;
        }

        // Only a "since" in the phrase opens an interval: most "in <month>" have none, and one vector search over the
        // ids skips the walk, with its lower-cased anchor lookup per word.
        var sentenceFirst = context.SentenceTokens(context.SentenceOfToken(date.FirstToken)).First;
        var phraseFirst = Math.Max(sentenceFirst, date.FirstToken - MaxPhraseTokens);
        if (context.NextWord(phraseFirst, date.FirstToken - 1, Since) == date.FirstToken - 1)
        {
            return false;
        }

        var anchored = (DateOnly?)null;
        var anchors = AnchorsByMonth.GetValueOrDefault((date.Value.Start.Year, date.Value.Start.Month));
        var named = false;
        for (var i = date.FirstToken - 2; i >= phraseFirst; i--)
        {
            if (!context.IsWord(i) && !context.IsAnyChar(i, "'’-"))
            {
                return false;
            }

            named |= context.Has(i, LexiconMarks.Event);
            anchored ??= anchors is null ? null : Anchor(anchors, context.Span(i));
            if (context.IsWordId(i, Since))
            {
                var start = anchored ?? date.Value.Start;
                var precision = anchored is null ? date.Value.Precision : DatePrecision.Day;
                since = new DateMention(i, date.EndToken, new TemporalValue(start, null, precision), ClaimKind.DateSince);
                return named || anchored is not null;
            }
        }

        return false;
    }

    /// <summary>
    /// The word's day, lower-cased as <see cref="string.ToLowerInvariant()"/> would but into a stack buffer: a string per
    /// word before every "in February 2022" was most of this reader's time.
    /// </summary>
    private static DateOnly? Anchor(Dictionary<string, DateOnly> anchors, ReadOnlySpan<char> word)
    {
        if (word.Length > LongestAnchor)
        {
            return null;
        }

        Span<char> lower = stackalloc char[LongestAnchor];
        var length = word.ToLowerInvariant(lower);
        return anchors.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lower[..length], out var day) ? day : null;
    }
}
