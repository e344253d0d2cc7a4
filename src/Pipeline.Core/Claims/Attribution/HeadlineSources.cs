using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Attribution;

/// <summary>
/// Headlines and summary lines name their source with punctuation instead of a verb: "Zelensky: 390 Ukrainians are
/// home", "General Staff: Russia has lost 977,090 troops", "Russia returns 307 servicemen from captivity — Defense
/// Ministry". Only a known name or a titled body counts ("Key developments:" names no one).
/// </summary>
internal static class HeadlineSources
{
    private const int MaxNameTokens = 6;

    /// <summary>The source before a colon that opens the sentence, placed at the colon.</summary>
    public static Speaker? Leading(TextContext context, int first, int end)
    {
        for (var i = first + 1; i < Math.Min(end, first + MaxNameTokens + 1); i++)
        {
            if (!context.IsWord(i) && !Possessive.Is(context.Span(i)))
            {
                return context.IsChar(i, ':') && Source(context, first, i) is { } name ? new Speaker(i, name, Trails: false) : null;
            }
        }

        return null;
    }

    /// <summary>The source after a dash that closes the sentence, placed at the dash; it trails what came before.</summary>
    public static Speaker? Trailing(TextContext context, int first, int end)
    {
        var last = context.IsChar(end - 1, '.') ? end - 2 : end - 1;
        for (var i = last; i > Math.Max(first, last - MaxNameTokens); i--)
        {
            // Most sentences end in words: the first other token decides, and is tested once.
            if (!context.IsWord(i))
            {
                return (context.IsChar(i, '—') || context.IsChar(i, '–')) && Source(context, i + 1, last + 1) is { } name ? new Speaker(i, name, Trails: true) : null;
            }
        }

        return null;
    }

    private static string? Source(TextContext context, int from, int to) =>
        context.IsCapitalized(from) && IsNamed(context, from, to) ? AttributionReader.Name(context, from, to) : null;

    private static bool IsNamed(TextContext context, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (EntityLexicon.TryMatch(context, i, out _, out _) || NounPhrase.IsTitle(context, i))
            {
                return true;
            }
        }

        return false;
    }
}
