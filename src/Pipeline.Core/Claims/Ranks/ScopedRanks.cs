using Pipeline.Core.Claims.Dates;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Ranks;

/// <summary>
/// "the third major fire in the county this year", "the fourth plant closure since 2023": an ordinal before any noun is
/// a rank when the span it counts in follows ("this year", "since", "so far", "in a row", "in 2024"). Without that span
/// an ordinal before an unknown noun is mostly a label ("the third floor", "the fourth quarter").
/// </summary>
internal static class ScopedRanks
{
    private const int MaxModifiers = 2;
    private const int MaxGapBeforeScope = 4;

    // Nouns an ordinal labels even with a period after it: "the fourth quarter this year", "the second half of 2025".
    private static readonly WordSet Labels = new("quarter", "half", "floor", "grade", "century", "amendment", "division", "class", "generation", "stage", "phase", "leg", "level", "tier");

    /// <summary>What may stand before a rank or a superlative: "the third fire", "its lowest", "their largest".</summary>
    public static readonly WordSet Determiners = new("the", "its", "their", "his", "her", "our");

    /// <summary>The noun ranked by the ordinal ending before <paramref name="next"/>, with its measure; false when no span of time follows it.</summary>
    public static bool TryRead(TextContext context, int ordinalFirst, int next, out string measure, out int nounEnd)
    {
        (measure, nounEnd) = (string.Empty, next);
        if (!context.IsAny(ordinalFirst - 1, Determiners))
        {
            return false;
        }

        // "The walkout is the third in the past year", "the fifth this year": the noun left out is the event itself.
        if (IsScopeAt(context, next))
        {
            (measure, nounEnd) = (ElidedNounMeasure, next);
            return true;
        }

        for (var noun = next; noun <= next + MaxModifiers && IsPlainWord(context, noun); noun++)
        {
            if (!context.IsAny(noun, Labels) && (IsScopeAt(context, noun + 1) || (context.IsAny(noun + 1, Places) && ScopeWithin(context, noun + 2))))
            {
                (measure, nounEnd) = (string.Concat(context.Span(noun).ToString().ToLowerInvariant(), "-rank"), noun + 1);
                return true;
            }
        }

        return false;
    }

    private static bool IsPlainWord(TextContext context, int index) =>
        context.IsWord(index) && !context.IsCapitalized(index) && !context.Has(index, LexiconMarks.Number) && !context.Has(index, LexiconMarks.Digits);

    // "the third fire in the county this year": a place between the noun and the span.
    private static readonly WordSet Places = new("in", "at", "on", "across", "around", "near");

    /// <summary>Whether a span of time starts at <paramref name="from"/> or a few words on ("the county this year"), inside the clause.</summary>
    private static bool ScopeWithin(TextContext context, int from)
    {
        for (var i = from; i <= from + MaxGapBeforeScope && context.IsWord(i); i++)
        {
            if (IsScopeAt(context, i))
            {
                return true;
            }
        }

        return false;
    }

    private const string ElidedNounMeasure = "occurrence-rank";

    private static bool IsScopeAt(TextContext context, int i) =>
        context.Is(i, "since")
        || (context.Is(i, "in") && context.Is(i + 1, "the") && (context.Is(i + 2, "past") || context.Is(i + 2, "last")))
        || (context.Is(i, "so") && context.Is(i + 1, "far"))
        || (context.Is(i, "in") && context.Is(i + 1, "a") && context.Is(i + 2, "row"))
        || (context.Is(i, "in") && CalendarWords.TryYear(context, i + 1, out _))
        || ((context.Is(i, "this") || context.Is(i, "last")) && CalendarWords.Is(context, i + 1, "period", out _));
}
