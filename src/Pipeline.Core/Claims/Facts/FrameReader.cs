using System.Buffers;
using Pipeline.Core.Claims.Quantities;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Facts;

/// <summary>
/// What happened to a counted thing: the frame cue nearest to it in its clause ("each side released 390"). A clause
/// without a cue takes the nearest cue elsewhere in its sentence ("plans to swap 2,000 prisoners, 1,000 from each
/// country"), and a sentence without one ("Zelensky confirmed the figure of 390") the frame of the sentence before in
/// its paragraph.
/// </summary>
internal static class FrameReader
{
    private static readonly PhraseTable<string> Cues = PhraseTable<string>.Load("frames.txt", row => row[1], LexiconMarks.Frame);

    /// <summary>The frame of the count at [<paramref name="firstToken"/>, <paramref name="endToken"/>) of things in measure group <paramref name="group"/>.</summary>
    public static string? Read(TextContext context, ClaimSite site, int firstToken, int endToken, string? group)
    {
        var span = (firstToken, endToken);
        var frame = Nearest(context, site.Clause, span)
            ?? (CuesOutside(context, site) ? Nearest(context, SameVoice(context, site.Sentence, span), span) : null)
            ?? Fitting(Previous(context, site.Sentence.First), group);
        return frame switch
        {
            "missing" when !StatedMissing(context, endToken) => null,

            // "The Bank of England held rates at 4.25%": holding is custody only for people.
            "held" when group is not null && !MeasureGroups.IsPeople(group) => null,

            // "profit fell 52% to 1.9 billion euros, hurt by weak demand": money is no casualty, nor a share unless it is
            // one of people ("a quarter of those freed").
            _ when IsCasualty(frame) && (group is "money" or "rate" || IsShareOfThings(context, group, endToken)) => null,
            _ => frame,
        };
    }

    /// <summary>"fell 52%": a bare share, not one "of" something named after it ("a quarter of those freed").</summary>
    private static bool IsShareOfThings(TextContext context, string? group, int endToken) => group == "share" && !context.Is(endToken, "of");

    private static bool IsCasualty(string? frame) => frame is "killed" or "wounded" or "missing" or "rescued" or "evacuated" or "hospitalised" or "displaced";

    // Money is released too ("would release 15 million euros in aid"), but only people carry a release over a sentence.
    private static bool IsPeopleOnly(string? frame) => frame == "released" || IsCasualty(frame);

    /// <summary>
    /// A frame carried from the sentence before fits only what it can happen to: "The number of homes damaged climbed
    /// to 1,500" after a sentence about prisoners freed releases no homes.
    /// </summary>
    private static string? Fitting(string? frame, string? group) => frame switch
    {
        null => null,
        _ when IsPeopleOnly(frame) => group is null || MeasureGroups.IsPeople(group) || group == "bodies" ? frame : null,
        "launched" or "intercepted" => group is null || MeasureGroups.IsWeapon(group) ? frame : null,
        "met" => group is null || MeasureGroups.IsPeople(group) ? frame : null,
        _ => frame,
    };

    private const int MissingWindow = 4;

    /// <summary>
    /// "127 people still missing", "dozens more are unaccounted for": a state said of the figure right before it; in
    /// "127 still missing and 600,000 forced from their homes" the 600,000 are not missing.
    /// </summary>
    private static bool StatedMissing(TextContext context, int endToken)
    {
        for (var i = endToken; i < Math.Min(context.Tokens.Length, endToken + MissingWindow) && context.IsWord(i); i++)
        {
            if (Cues.TryMatch(context, i, out var frame, out _) && frame == "missing")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"147 dead", "30 injured", "127 missing": the noun says what happened, whatever verb is near.</summary>
    public static string? ImpliedBy(string measure) => measure switch
    {
        "deaths" => "killed",
        "injured" => "wounded",
        "missing" => "missing",
        _ => null,
    };

    /// <summary>Whether the word at <paramref name="index"/> is a frame cue by itself ("injuring", "freed").</summary>
    public static bool IsCueWord(TextContext context, int index) =>
        context.Has(index, LexiconMarks.Frame) && Cues.TryMatch(context, index, out _, out var end) && end == index + 1;

    private static string? Nearest(TextContext context, (int From, int To) range, (int First, int End) span) =>
        ClauseSearch.TryNearest(Cues, context, range, span, out var frame, out _) ? frame : null;

    /// <summary>
    /// Whether the sentence marks a cue word outside the claim's clause (where none matched): two searches over the
    /// marks, where finding the claim's side of any quotation mark walks the sentence a token at a time.
    /// </summary>
    private static bool CuesOutside(TextContext context, ClaimSite site) =>
        context.NextMarked(site.Sentence.First, site.Clause.From, LexiconMarks.Frame) < site.Clause.From
        || context.NextMarked(site.Clause.To, site.Sentence.End, LexiconMarks.Frame) < site.Sentence.End;

    /// <summary>
    /// The part of the sentence on the claim's side of any quotation mark: in '"We fear the toll will rise," she said,
    /// adding that 2,300 residents had been moved', the plan in the quote is not what happened to the residents.
    /// </summary>
    private static (int From, int To) SameVoice(TextContext context, (int First, int End) sentence, (int First, int End) span) =>
        (span.First > sentence.First ? AfterLastMark(context, sentence.First, span.First) : span.First,
         span.End < sentence.End ? FirstMark(context, span.End, sentence.End) : span.End);

    // A quotation mark is a token of its own, and between tokens there is only space: the marks are found by a vector
    // search of the characters, where a walk tested every token of the sentence (0.5% of extraction time).
    private static readonly SearchValues<char> QuotationMarks = SearchValues.Create("\"“”");

    /// <summary>The token after the last quotation mark in tokens [<paramref name="first"/>, <paramref name="end"/>), else <paramref name="first"/>.</summary>
    private static int AfterLastMark(TextContext context, int first, int end)
    {
        var start = context.Tokens[first].Start;
        var mark = context.Text.AsSpan(start, context.Tokens[end - 1].End - start).LastIndexOfAny(QuotationMarks);
        return mark < 0 ? first : context.TokenAt(start + mark) + 1;
    }

    /// <summary>The first quotation mark in tokens [<paramref name="first"/>, <paramref name="end"/>), else <paramref name="end"/>.</summary>
    private static int FirstMark(TextContext context, int first, int end)
    {
        var start = context.Tokens[first].Start;
        var mark = context.Text.AsSpan(start, context.Tokens[end - 1].End - start).IndexOfAny(QuotationMarks);
        return mark < 0 ? end : context.TokenAt(start + mark);
    }

    private static string? Previous(TextContext context, int sentenceFirst)
    {
        if (sentenceFirst == 0 || context.OpensParagraph(context.SentenceOfToken(sentenceFirst)))
        {
            return null;
        }

        var (first, _) = ClauseSearch.Sentence(context, sentenceFirst - 1);
        if (!ClauseSearch.TryNearest(Cues, context, (first, sentenceFirst), (sentenceFirst, sentenceFirst), out var frame, out var distance))
        {
            return null;
        }

        // "The cuts will fall on office staff. The company employs 120,000 people": a bare "will" plans nothing for the
        // next sentence's figures. The cue's last word is as far before the sentence as the distance says.
        return context.IsAny(sentenceFirst - distance, Modals) ? null : frame;
    }

    private static readonly WordSet Modals = new("will", "would");
}
