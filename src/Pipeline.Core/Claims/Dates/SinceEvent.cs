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

    private static readonly Dictionary<(string Word, string Month), DateOnly> Anchors = Lexicon.Load("event-anchors.txt")
        .ToDictionary(row => (row[0], row[1]), row => DateOnly.ParseExact(row[2], "yyyy-MM-dd", CultureInfo.InvariantCulture));

    // The months some event began in: in any other month no word can anchor, and the words are not looked up.
    private static readonly HashSet<(int Year, int Month)> AnchorMonths =
        [.. Anchors.Keys.Select(key => DateOnly.ParseExact(key.Month, "yyyy-MM", CultureInfo.InvariantCulture)).Select(month => (month.Year, month.Month))];

    public static bool TryOpen(TextContext context, DateMention date, out DateMention since)
    {
        since = default;
        if (date.Value.Precision is not (DatePrecision.Month or DatePrecision.Year) || !context.Is(date.FirstToken - 1, "in"))
        {
            return false;
        }

        var sentenceFirst = context.SentenceTokens(context.SentenceOfToken(date.FirstToken)).First;
        var anchored = (DateOnly?)null;
        var mayAnchor = AnchorMonths.Contains((date.Value.Start.Year, date.Value.Start.Month));
        var named = false;
        for (var i = date.FirstToken - 2; i >= Math.Max(sentenceFirst, date.FirstToken - MaxPhraseTokens); i--)
        {
            if (!context.IsWord(i) && !context.IsAnyChar(i, "'’-"))
            {
                return false;
            }

            named |= context.Has(i, LexiconMarks.Event);
            anchored ??= mayAnchor ? Anchor(context, i, date.Value.Start) : null;
            if (context.Is(i, "since"))
            {
                var start = anchored ?? date.Value.Start;
                var precision = anchored is null ? date.Value.Precision : DatePrecision.Day;
                since = new DateMention(i, date.EndToken, new TemporalValue(start, null, precision), ClaimKind.DateSince);
                return named || anchored is not null;
            }
        }

        return false;
    }

    private static DateOnly? Anchor(TextContext context, int i, DateOnly monthStart) =>
        Anchors.TryGetValue((context.Span(i).ToString().ToLowerInvariant(), monthStart.ToString("yyyy-MM", CultureInfo.InvariantCulture)), out var day) ? day : null;
}
