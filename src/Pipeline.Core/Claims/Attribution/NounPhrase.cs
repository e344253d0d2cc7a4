using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Attribution;

/// <summary>
/// Reads the name of a source around a token: a run of capitalised words, which may hold "of", "for", "the" and
/// possessives ("Ukraine's Coordination Headquarters for the Treatment of Prisoners of War", "the Russian Defence Ministry").
/// </summary>
internal static class NounPhrase
{
    private const int MaxWords = 12;
    private static readonly string[] Connectors = ["of", "for", "the", "and"];
    private static readonly string[] Titles = ["ministry", "ministries", "officials", "authorities", "sources", "spokesperson", "spokesman", "spokeswoman", "statement", "office", "government", "forces", "military", "army", "council", "city", "committee", "agency", "department", "service", "police", "court", "commission", "administration", "governor", "mayor", "leader", "president", "minister", "director", "chief", "executive", "prosecutor", "prosecutors", "judge", "secretary", "spokesperson"];

    /// <summary>The phrase ending at token <paramref name="last"/>; returns its first token or -1.</summary>
    public static int StartEndingAt(TextContext context, int last)
    {
        var start = -1;
        for (var i = last; i >= Math.Max(0, last - MaxWords); i--)
        {
            if (IsNameWord(context, i))
            {
                start = i;
            }
            else if (!(start >= 0 && context.IsAny(i, Connectors) && IsNameWord(context, i - 1)))
            {
                break;
            }
        }

        return start;
    }

    /// <summary>The phrase starting at token <paramref name="first"/>; returns the token after it (or <paramref name="first"/>).</summary>
    public static int EndStartingAt(TextContext context, int first)
    {
        var end = first;
        while (end < Math.Min(context.Tokens.Length, first + MaxWords) && !context.SentenceBreakBetween(first, end)
               && (IsNameWord(context, end) || (end > first && context.IsAny(end, Connectors) && IsNameWord(context, end + 1))))
        {
            end++;
        }

        return end;
    }

    private static bool IsNameWord(TextContext context, int index) =>
        (context.IsCapitalized(index) && !Dates.CalendarWords.TryGet(context, index, out _, out _)) || (context.IsWord(index) && context.IsAny(index, Titles))
        || (context.IsChar(index, '.') && context.IsCapitalized(index - 1) && context.Tokens[index].Joined
            && index + 1 < context.Tokens.Length && !context.SentenceBreakBetween(index, index + 1));
}
