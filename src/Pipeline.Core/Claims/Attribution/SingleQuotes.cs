using System.Buffers;

namespace Pipeline.Core.Claims.Attribution;

/// <summary>
/// Quotes in single marks ('…' or ‘…’), as British outlets write them. The same mark is an apostrophe ("Kyiv's",
/// "prisoners' families", "’90s"), so a mark opens only after a space or an opening bracket or dash and before a letter
/// or digit, and closes only after a letter, digit or stop and before a space, a stop or the end. A single-quoted
/// phrase inside a double-quoted quote is part of that quote, and one around a double-quoted quote is left out: quotes
/// never overlap. One linear pass, like <see cref="QuoteClaims"/>.
/// </summary>
internal static class SingleQuotes
{
    // Line breaks are not searched for: a quote never spans one, which is checked only when a quote closes.
    private static readonly SearchValues<char> Marks = SearchValues.Create("'\u2018\u2019");
    private const string Before = "([—–-:";
    private const string After = ",.;:!?)—–-";
    private const string Stops = ".,!?";

    // "rock 'n' roll": one letter between marks is an elision.
    private const int MinQuoteLength = 2;

    /// <summary>
    /// The character spans inside single-quoted quotes, in text order; the double-quoted ones are the drafts from
    /// <paramref name="firstQuote"/> on, in text order. Null when there are none (most articles).
    /// </summary>
    public static List<(int Start, int End)>? Find(string text, List<ClaimDraft> drafts, int firstQuote)
    {
        List<(int Start, int End)>? found = null;
        var (next, open) = (firstQuote, -1);
        for (var i = QuoteClaims.NextMark(text, 0, Marks); i < text.Length; i = QuoteClaims.NextMark(text, i + 1, Marks))
        {
            if (open >= 0 && Closes(text, i) && i - open is >= MinQuoteLength and <= QuoteClaims.MaxQuoteLength && !text.AsSpan(open, i - open).Contains('\n'))
            {
                // Quotes open in text order, so the double-quoted quote that might meet this one only moves forward.
                while (next < drafts.Count && drafts[next].CharSpan is var (_, end) && end < open)
                {
                    next++;
                }

                if (next >= drafts.Count || drafts[next].CharSpan is not var (start, _) || start > i)
                {
                    (found ??= []).Add((open, i));
                }

                open = -1;
            }
            else if (Opens(text, i))
            {
                open = i + 1;
            }
        }

        return found;
    }

    private static bool Opens(string text, int i) =>
        text[i] != '\u2019' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])
        && (i == 0 || char.IsWhiteSpace(text[i - 1]) || Before.Contains(text[i - 1], StringComparison.Ordinal));

    private static bool Closes(string text, int i)
    {
        if (text[i] == '\u2018' || !(char.IsLetterOrDigit(text[i - 1]) || Stops.Contains(text[i - 1], StringComparison.Ordinal)))
        {
            return false;
        }

        var end = i + 1 == text.Length || After.Contains(text[i + 1], StringComparison.Ordinal);
        var space = !end && char.IsWhiteSpace(text[i + 1]);

        // "the prisoners' families": a plural's apostrophe before a lower-case word closes nothing.
        var possessive = space && text[i - 1] is 's' or 'S' && i + 2 < text.Length && char.IsLower(text[i + 2]);
        return end || (space && !possessive);
    }
}
