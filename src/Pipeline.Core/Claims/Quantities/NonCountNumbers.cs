using Pipeline.Core.Claims.Dates;
using Pipeline.Core.Claims.Numbers;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Quantities;

/// <summary>
/// Numbers that sit where a count would but name, rank or scale something instead: "Windows 11 users", "the top 10
/// firms", "per 100,000 people", "the 2022 attacks". News text has far more of these than the seeds did.
/// </summary>
internal static class NonCountNumbers
{
    private static readonly WordSet RateWords = new("per", "every", "top");
    private static readonly WordSet GapWords = new("and", "while", "but", "whereas", "or");
    private static readonly WordSet YearDeterminers = new("the", "this", "that", "its", "their", "his", "her", "our", "a", "an", "last", "next");

    private static readonly WordMap<bool> ModelSuffixes = Lexicon.Map("model-suffixes.txt", _ => true);

    /// <summary>Also "9/11 attacks": a fraction below one counts nothing.</summary>
    public static bool IsNonCount(TextContext context, NumberMention number) =>
        (number.Form == NumberForm.Fraction && number.Value < 1) || context.IsAny(number.FirstToken - 1, RateWords)
        || IsYearModifier(context, number) || IsNameLabel(context, number) || IsModelNumber(context, number.EndToken) || IsAge(context, number.EndToken)
        || IsMagnitude(context, number) || Durations.AgedRanges.Includes(context, number.FirstToken) || IsForecastFigure(context, number.EndToken);

    private static readonly WordSet Forecasters = new("analysts", "economists", "forecasters", "traders", "investors", "markets", "experts", "strategists");
    private static readonly WordSet ForecastVerbs = new("expected", "forecast", "predicted", "estimated", "anticipated", "projected", "polled", "surveyed");
    private static readonly WordSet ForecastAuxiliaries = new("had", "have", "were", "are");

    /// <summary>
    /// "below the 72 billion analysts had expected": the figure is the forecast of what the sentence measures, and the
    /// forecasters are not what it counts.
    /// </summary>
    private static bool IsForecastFigure(TextContext context, int after) =>
        context.IsAny(after, Forecasters)
        && (context.IsAny(after + 1, ForecastVerbs) || (context.IsAny(after + 1, ForecastAuxiliaries) && context.IsAny(after + 2, ForecastVerbs)));

    /// <summary>
    /// "a magnitude 6.8 earthquake", "a 7.8-magnitude quake": a reading on a scale, not a count of what follows ("6.8
    /// earthquake kills" in a headline).
    /// </summary>
    private static readonly int Magnitude = Vocabulary.RequiredId("magnitude");

    private static bool IsMagnitude(TextContext context, NumberMention number)
    {
        var (before, after) = (number.FirstToken - 1, number.EndToken);
        return context.IsWordId(before, Magnitude) || (context.IsChar(before, '-') && context.IsWordId(before - 1, Magnitude))
            || context.IsWordId(after, Magnitude) || (context.IsChar(after, '-') && context.IsWordId(after + 1, Magnitude));
    }

    private static readonly WordSet AgeUnits = new("years", "year", "months", "month", "weeks", "week", "days", "day");

    /// <summary>"was 20 years old": an age says nothing an outlet could be checked on (the contract has no kind for it).</summary>
    private static bool IsAge(TextContext context, int after) => context.IsAny(after, AgeUnits) && context.Is(after + 1, "old");

    /// <summary>"737 Max jets", "16 Pro models": a capitalised model word after the digits.</summary>
    public static bool IsModelNumber(TextContext context, int after) => context.IsCapitalized(after) && ModelSuffixes.Contains(context.Span(after));

    /// <summary>"the 2022 attacks", "Spain's 2024 budget": a year before a noun dates it.</summary>
    private static bool IsYearModifier(TextContext context, NumberMention number)
    {
        if (number.Form != NumberForm.Digits || number.End - number.Start != 4 || number.Value is < 1800 or > 2100)
        {
            return false;
        }

        var before = number.FirstToken - 1;
        return context.IsAny(before, YearDeterminers) || (context.IsWord(before) && Possessive.Is(context.Span(before)));
    }

    /// <summary>
    /// "Boeing 737 Max jets", "Windows 11 users", "iPhone 16 models": digits right after a name inside a sentence label
    /// the name. The sentence's first word and title-case headlines ("Russia Frees 390 Prisoners") are left alone.
    /// </summary>
    private static bool IsNameLabel(TextContext context, NumberMention number)
    {
        var before = number.FirstToken - 1;
        if (number.Form != NumberForm.Digits || !context.IsWord(before) || !HasUpper(context.Span(before)) || Possessive.Is(context.Span(before))
            || CalendarWords.TryGet(context, before, out _, out _))
        {
            return false;
        }

        if (context.Tokens[number.FirstToken].Joined)
        {
            // "B100", "H5N1", "MH17": letters glued to the digits.
            return true;
        }

        var (first, end) = context.SentenceTokens(context.SentenceOfToken(number.FirstToken));
        var mixedCase = !char.IsUpper(context.Span(before)[0]);
        return (before > first || mixedCase) && !IsTitleCase(context, first, end) && !IsGappedSubject(context, before);
    }

    /// <summary>"Kyiv freed 307 and Moscow 307", "Russia 390": a party with its verb left out, not a name with a number.</summary>
    private static bool IsGappedSubject(TextContext context, int name) =>
        context.IsAny(name - 1, GapWords) || context.IsAnyChar(name - 1, ",;") || Attribution.EntityLexicon.TryMatch(context, name, out _, out _);

    private static bool HasUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTitleCase(TextContext context, int first, int end)
    {
        var (words, capitalised) = (0, 0);
        for (var i = first; i < end; i++)
        {
            if (context.IsWord(i) && context.Span(i).Length > 3)
            {
                words++;
                capitalised += context.IsCapitalized(i) ? 1 : 0;
            }
        }

        return words > 0 && capitalised * 2 > words;
    }
}
