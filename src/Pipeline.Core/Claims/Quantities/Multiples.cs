using System.Globalization;
using Pipeline.Core.Claims.Numbers;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Quantities;

/// <summary>
/// Multiples of another figure: "three times higher", "nearly three times the number", "twice as many", "twice the
/// average", "prices have doubled". The value is the factor, a ratio; "met three times" or "twice a week" are
/// frequencies and are left alone.
/// </summary>
internal static class Multiples
{
    private static readonly string[] Comparisons =
        ["as", "the", "that", "more", "higher", "larger", "bigger", "greater", "lower", "smaller", "faster", "fewer", "less", "what"];

    // "prices have doubled", "sales tripled", "cases halved", "a fourfold rise": the verb or adjective is the factor.
    private static readonly WordMap<double> Factors = Lexicon.Map("multiples.txt", row => double.Parse(row[1], CultureInfo.InvariantCulture));

    /// <summary>"twice as", "thrice the", "doubled", "a fourfold rise" at <paramref name="index"/>: the factor.</summary>
    public static bool TryWord(TextContext context, int index, out double factor)
    {
        factor = context.Is(index, "twice") ? 2 : context.Is(index, "thrice") ? 3 : 0;
        if (factor > 0)
        {
            return context.IsAny(index + 1, Comparisons);
        }

        // "doubled down on its demands" is an idiom, not a factor, and "asked for the sum to be doubled" a wish.
        factor = FactorOf(context, index);
        return factor > 0 && !context.Is(index + 1, "down") && !context.Is(index - 1, "be");
    }

    /// <summary>Whether the word states its factor by itself ("doubled"), not "twice" or "thrice" before a comparison.</summary>
    public static bool IsFactorWord(TextContext context, int index) => FactorOf(context, index) > 0;

    private const int MaxSubjectGap = 3;
    private static readonly WordSet SubjectGaps = new("has", "have", "had", "more", "than", "nearly", "almost", "roughly", "about", "all", "but", "been");

    /// <summary>
    /// What doubled: a rate subject in the clause ("inflation has doubled"), else the plural noun right before the verb
    /// and its auxiliaries ("home prices have more than doubled"), else a plain share. Without it every multiple in an
    /// article would share one fact key, and "sales tripled" would contradict "prices doubled".
    /// </summary>
    public static string Subject(TextContext context, int verb)
    {
        if (RateSubject.Near(context, verb, verb + 1) is { } rate)
        {
            return rate;
        }

        var i = verb - 1;
        while (i > verb - 1 - MaxSubjectGap && context.IsAny(i, SubjectGaps))
        {
            i--;
        }

        var noun = context.IsWord(i) ? context.Span(i) : [];
        return noun.Length > 2 && noun[^1] is 's' && !context.Has(i, LexiconMarks.Number) ? noun.ToString().ToLowerInvariant() : "share";
    }

    private static double FactorOf(TextContext context, int index) =>
        context.IsWord(index) && Factors.TryGet(context.Span(index), out var factor) ? factor : 0;

    /// <summary>"three times higher", "nearly three times the number": the number is the factor; "times" ends the span.</summary>
    public static bool IsTimes(TextContext context, NumberMention number) =>
        number.Value >= 1.5 && context.Is(number.EndToken, "times") && context.IsAny(number.EndToken + 1, Comparisons);
}
