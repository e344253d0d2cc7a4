using System.Buffers;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Attribution;

/// <summary>
/// Direct quotes (“…” or "…") with their speaker. One linear pass: an opening mark while a quote is open restarts it,
/// so nested or unbalanced marks never cause rescanning. The span is the text inside the marks.
/// </summary>
internal static class QuoteClaims
{
    internal const int MaxQuoteLength = 2000;
    private const int SpeakerWindow = 8;

    private static readonly SearchValues<char> Marks = SearchValues.Create("\u201C\u201D\"\n");

    // A line break only ends an open quote: with none open, the scan skips the line breaks too.
    private static readonly SearchValues<char> QuoteMarks = SearchValues.Create("\u201C\u201D\"");

    public static void Find(TextContext context, List<ClaimDraft> drafts)
    {
        var text = context.Text;
        var firstQuote = drafts.Count;
        var open = -1;
        for (var i = NextMark(text, 0, QuoteMarks); i < text.Length; i = NextMark(text, i + 1, open >= 0 ? Marks : QuoteMarks))
        {
            var c = text[i];
            var closes = open >= 0 && (c == '\u201D' || (c == '"' && text[open - 1] == '"'));
            if (closes && i - open > 0 && i - open <= MaxQuoteLength)
            {
                Add(context, open, i, drafts);
                open = -1;
            }
            else if (c == '\u201C' || (c == '"' && (i == 0 || !char.IsLetterOrDigit(text[i - 1]))))
            {
                open = i + 1;
            }
            else if (closes || c is '\n')
            {
                open = -1;
            }
        }

        AddSingleQuoted(context, drafts, firstQuote);
    }

    /// <summary>The single-quoted quotes merged among the double-quoted ones, so that the quotes stay in text order.</summary>
    private static void AddSingleQuoted(TextContext context, List<ClaimDraft> drafts, int firstQuote)
    {
        if (SingleQuotes.Find(context.Text, drafts, firstQuote) is not { } singles)
        {
            return;
        }

        var doubles = drafts.GetRange(firstQuote, drafts.Count - firstQuote);
        drafts.RemoveRange(firstQuote, doubles.Count);
        var d = 0;
        foreach (var (start, end) in singles)
        {
            for (; d < doubles.Count && doubles[d].CharSpan!.Value.Start < start; d++)
            {
                drafts.Add(doubles[d]);
            }

            Add(context, start, end, drafts);
        }

        drafts.AddRange(doubles.Skip(d));
    }

    /// <summary>The next of <paramref name="marks"/> from <paramref name="from"/> on, or the text's length: only marks change a quote scan's state, so it jumps from one to the next.</summary>
    internal static int NextMark(string text, int from, SearchValues<char> marks)
    {
        var next = text.AsSpan(from).IndexOfAny(marks);
        return next < 0 ? text.Length : from + next;
    }

    private static void Add(TextContext context, int start, int end, List<ClaimDraft> drafts)
    {
        var first = context.TokenAt(start);
        var last = Math.Max(first, context.TokenAt(end) - 1);
        drafts.Add(new ClaimDraft(ClaimKind.Quote, first, last + 1, "quote")
        {
            CharSpan = (start, end),
            Attribution = SpeakerAfter(context, context.TokenAt(end + 1)) ?? NamerBefore(context, first - 1),
        });
    }

    private static readonly WordSet SpeechVerbs = new("said", "says", "wrote", "added", "told");

    // 'Biden called the deal "a feat of diplomacy"', 'the minister described the talks as "frank"': verbs that give
    // a quote as their speaker's words for something, not reported speech, so they credit no other claim.
    private static readonly WordSet NamingVerbs = new("called", "calls", "described", "describes", "hailed", "hails", "branded", "brands", "dubbed", "labelled", "labeled", "termed");
    private const int NamedThingWindow = 6;

    // A verb after one of these belongs to another clause: in 'he said talks could resume "soon", while the Kremlin said
    // ...' the quote is not the Kremlin's.
    private static readonly WordSet ClauseConjunctions = new("while", "but", "and", "whereas", "although", "though");

    /// <summary>
    /// 'Biden called the deal "a feat of diplomacy"': the name before a naming verb a few words before the opening
    /// mark at <paramref name="mark"/>, in the same sentence.
    /// </summary>
    private static string? NamerBefore(TextContext context, int mark)
    {
        for (var i = mark - 1; i >= Math.Max(1, mark - NamedThingWindow) && !context.SentenceBreakBetween(i, mark); i--)
        {
            // With no object between verb and mark ('a group called "Mothers for Peace"') the quote is a name, not words.
            if (context.IsAny(i, NamingVerbs))
            {
                var start = NounPhrase.StartEndingAt(context, i - 1);
                return i < mark - 1 && start >= 0 && start < i && OpensClause(context, start) ? AttributionReader.Name(context, start, i) : null;
            }
        }

        return null;
    }

    /// <summary>The subject opens its sentence or clause: in 'they backed a plan dubbed the "new deal"' the plan is no speaker.</summary>
    private static bool OpensClause(TextContext context, int start) =>
        context.SentenceTokens(context.SentenceOfToken(start)).First == start || context.IsAnyChar(start - 1, ",;:") || (context.IsCapitalized(start) && !context.IsAny(start, Determiners));

    private static readonly WordSet Determiners = new("the", "a", "an");

    /// <summary>
    /// “…,” Lavrov said / said Lavrov / Trump wrote: the speaker named right after the closing mark. Otherwise the
    /// finisher gives the quote its sentence's speaker before it.
    /// </summary>
    private static string? SpeakerAfter(TextContext context, int index)
    {
        while (index < context.Tokens.Length && context.IsAnyChar(index, ",."))
        {
            index++;
        }

        for (var i = index; i < Math.Min(context.Tokens.Length, index + SpeakerWindow) && !context.IsAny(i, ClauseConjunctions) && !context.SentenceBreakBetween(index - 1, i); i++)
        {
            if (context.IsAny(i, SpeechVerbs))
            {
                var nameEnd = i;
                var start = NounPhrase.StartEndingAt(context, i - 1);
                return start >= index ? AttributionReader.Name(context, start, nameEnd) : AttributionReader.Name(context, i + 1, NounPhrase.EndStartingAt(context, i + 1));
            }
        }

        return null;
    }
}
