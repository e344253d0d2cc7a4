using System.Runtime.InteropServices;
using Pipeline.Core.Claims.Numbers;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Quantities;

/// <summary>
/// Percentages ("20%", "twenty per cent", "between 2% and 3%"), fractions of a whole ("about one-fifth of", "two thirds of", "half of"),
/// "one in five", and multiples ("three times higher").
/// </summary>
internal static class RatioClaims
{
    public static void Find(TextContext context, List<NumberMention> numbers, bool[] taken, List<ClaimDraft> drafts)
    {
        var percents = NumberNormalizer.Percentages(context, numbers);
        foreach (var upper in percents)
        {
            if (PercentRanges.TryRead(context, numbers, percents, upper, out var lower, out var first) && !taken[first])
            {
                var measure = RateSubject.Near(context, first, upper.EndToken) ?? Share;
                drafts.Add(new ClaimDraft(ClaimKind.Percentage, first, upper.EndToken, measure)
                {
                    Quantity = new Quantity(null, "percent", lower.Value, upper.Value),
                    Qualifier = Qualifier.Range,
                    Group = GroupOf(measure),
                });
                Array.Fill(taken, true, first, upper.EndToken - first);
            }
        }

        foreach (var percent in percents)
        {
            if (!taken[percent.FirstToken])
            {
                Add(context, percent, ClaimKind.Percentage, "percent", percent.Value, taken, drafts);
            }
        }

        // The readings below need a word or '-' right after the figure ("in", "out", "-in-", "times") or a fraction;
        // the numbers that have one are found in one pass, as in a text of figures each pass over all of them
        // streams megabytes.
        var all = CollectionsMarshal.AsSpan(numbers);
        var worded = WordedOrFractions(context, all);
        foreach (var n in worded)
        {
            ref readonly var part = ref all[n];
            if (n + 1 < all.Length && !taken[part.FirstToken] && (context.IsWord(part.EndToken) || context.IsChar(part.EndToken, '-')) && OneInN.Is(context, part, all[n + 1]))
            {
                var span = part with { End = all[n + 1].End, EndToken = all[n + 1].EndToken };
                Add(context, span, ClaimKind.Ratio, null, part.Value / all[n + 1].Value, taken, drafts);
            }
        }

        foreach (var n in worded)
        {
            ref readonly var number = ref all[n];
            if (!taken[number.FirstToken] && context.IsWord(number.EndToken) && Multiples.IsTimes(context, number))
            {
                var times = number with { End = context.Tokens[number.EndToken].End, EndToken = number.EndToken + 1 };
                Add(context, times, ClaimKind.Ratio, "times", number.Value, taken, drafts);
            }
        }

        // "twice" and "thrice" are marked: the loop goes from one to the next, past every other token.
        var tokens = context.Tokens;
        for (var i = context.NextMarked(0, LexiconMarks.Multiple); i < tokens.Length; i = context.NextMarked(i + 1, LexiconMarks.Multiple))
        {
            if (!taken[i] && tokens[i].IsWord && Multiples.TryWord(context, i, out var factor))
            {
                var word = new NumberMention(context.Tokens[i].Start, context.Tokens[i].End, factor, i, i + 1, NumberForm.Words);
                Add(context, word, ClaimKind.Ratio, "times", factor, taken, drafts, Multiples.IsFactorWord(context, i) ? Multiples.Subject(context, i) : null);
            }
        }

        foreach (var n in worded)
        {
            ref readonly var number = ref all[n];
            if (number.Form != NumberForm.Fraction || taken[number.FirstToken] || number.Value is <= 0 or >= 1)
            {
                continue;
            }

            if (IsFractionOfAPoint(context, number.EndToken))
            {
                // "a quarter of a percentage point": a percentage change, in points.
                var points = number with { End = context.Tokens[number.EndToken + 3].End, EndToken = number.EndToken + 4 };
                Add(context, points, ClaimKind.Percentage, "percent", number.Value, taken, drafts);
            }
            else if ((context.Is(number.EndToken, "of") || IsChangeBy(context, number) || IsShareOfTheseSubject(context, number)) && !context.IsAny(number.FirstToken - 1, PeriodOrdinals))
            {
                Add(context, number, ClaimKind.Ratio, null, number.Value, taken, drafts);
            }
        }
    }

    private static List<int> WordedOrFractions(TextContext context, ReadOnlySpan<NumberMention> numbers)
    {
        var found = new List<int>(numbers.Length);
        for (var n = 0; n < numbers.Length; n++)
        {
            ref readonly var number = ref numbers[n];
            if (context.IsWord(number.EndToken) || context.IsChar(number.EndToken, '-') || number.Form == NumberForm.Fraction)
            {
                found.Add(n);
            }
        }

        return found;
    }

    /// <summary>"the second half of 2025", "the third quarter of the year": a part of a period, not a share.</summary>
    private static readonly string[] PeriodOrdinals = ["first", "second", "third", "fourth", "final", "last", "latter", "1st", "2nd", "3rd", "4th"];

    private static bool IsFractionOfAPoint(TextContext context, int after) =>
        context.Is(after, "of") && context.Is(after + 1, "a") && context.Is(after + 2, "percentage") && (context.Is(after + 3, "point") || context.Is(after + 3, "points"));

    /// <summary>"Of the 390 freed, about two-thirds were soldiers": a share that is the subject of its clause.</summary>
    private static bool IsShareOfTheseSubject(TextContext context, NumberMention number) =>
        context.IsAny(number.EndToken, BeVerbs) && context.IsAnyChar(QualifierReader.Read(context, number.FirstToken).FirstToken - 1, ",");

    private static readonly WordSet BeVerbs = new("were", "was", "are", "is");

    private const string Share = "share";

    // "share-inflation", "share-military"; a share of nothing named is just "share".
    private static string GroupOf(string measure) => measure == Share ? Share : $"{Share}-{measure}";

    private const int PredicateWindow = 8;

    /// <summary>
    /// "two-thirds of those freed on Friday were soldiers", "half of the 390 freed were wounded": what the share is,
    /// named after its verb. Without it every such share in an article would share one key.
    /// </summary>
    private static string? Predicate(TextContext context, int after)
    {
        for (var i = after; i < Math.Min(context.Tokens.Length - 1, after + PredicateWindow) && !context.IsClauseBoundary(i); i++)
        {
            if (context.IsAny(i, BeVerbs))
            {
                return MeasureLexicon.TryFindAfter(context, i + 1, Math.Min(context.Tokens.Length, i + 3), out var noun, out _) ? noun.Measure : null;
            }
        }

        return null;
    }

    /// <summary>"rose by almost a fifth", "fell by a third": a change written as a share.</summary>
    private static bool IsChangeBy(TextContext context, NumberMention number) =>
        context.Is(QualifierReader.Read(context, number.FirstToken).FirstToken - 1, "by") || ChangeShares.IsAt(context, number.EndToken - 1);

    /// <summary><paramref name="subject"/>, when given, is what the figure measures ("prices have doubled").</summary>
    private static void Add(TextContext context, NumberMention mention, ClaimKind kind, string? unit, double value, bool[] taken, List<ClaimDraft> drafts, string? subject = null)
    {
        var (qualifier, first) = QualifierReader.Read(context, mention.FirstToken);
        var of = context.Is(mention.EndToken, "of") ? mention.EndToken + 1 : kind == ClaimKind.Ratio && context.IsWord(mention.EndToken) ? mention.EndToken : -1;
        var measure = subject ?? (of > 0 && MeasureLexicon.TryFindAfter(context, of, Math.Min(context.Tokens.Length, of + 3), out var noun, out _) ? noun.Measure
            : (kind == ClaimKind.Percentage ? RateSubject.Near(context, first, mention.EndToken) : null) ?? Predicate(context, mention.EndToken) ?? Share);
        drafts.Add(new ClaimDraft(kind, first, mention.EndToken, measure)
        {
            Quantity = QualifierReader.Bounds(value, unit, qualifier),
            Qualifier = qualifier,
            Group = GroupOf(measure),
        });
        for (var t = first; t < mention.EndToken; t++)
        {
            taken[t] = true;
        }
    }
}
