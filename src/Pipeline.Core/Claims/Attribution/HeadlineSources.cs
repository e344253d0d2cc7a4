using System.Buffers;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Attribution;

/// <summary>
/// Headlines and summary lines name their source with punctuation instead of a verb: "Zelensky: 390 Ukrainians are
/// home", "General Staff: Russia has lost 977,090 troops", "Russia returns 307 servicemen from captivity — Defense
/// Ministry". Only a known name or a titled body counts ("Key developments:" names no one).
/// </summary>
internal sealed class HeadlineSources(TextContext context)
{
    private const int MaxNameTokens = 6;

    // Most sentences hold no colon and no dash, and have no headline source: one search for them through the article,
    // where testing each sentence's first and last tokens was about 1% of extraction time.
    private readonly CharCursor marks = new(context.Text, ColonsAndDashes);
    private static readonly SearchValues<char> ColonsAndDashes = SearchValues.Create(":—–");

    /// <summary>The source before a colon that opens the sentence of tokens [<paramref name="first"/>, <paramref name="end"/>), placed at the colon.</summary>
    public Speaker? Leading(int first, int end) => MayName(first, end) ? Leading(context, first, end) : null;

    /// <summary>The source after a dash that closes the sentence of tokens [<paramref name="first"/>, <paramref name="end"/>), placed at the dash.</summary>
    public Speaker? Trailing(int first, int end) => MayName(first, end) ? Trailing(context, first, end) : null;

    private bool MayName(int first, int end) => end > first && marks.AnyIn(context.Tokens[first].Start, context.Tokens[end - 1].End);

    private static Speaker? Leading(TextContext context, int first, int end)
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

    // It trails what came before.
    private static Speaker? Trailing(TextContext context, int first, int end)
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
