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
                drafts.Add(new ClaimDraft(ClaimKind.Percentage, first, upper.EndToken, "share")
                {
                    Quantity = new Quantity(null, "percent", lower.Value, upper.Value),
                    Qualifier = Qualifier.Range,
                    Group = "share-share",
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

        for (var n = 0; n + 1 < numbers.Count; n++)
        {
            if (!taken[numbers[n].FirstToken] && IsOneInN(context, numbers[n], numbers[n + 1]))
            {
                var span = numbers[n] with { End = numbers[n + 1].End, EndToken = numbers[n + 1].EndToken };
                Add(context, span, ClaimKind.Ratio, null, numbers[n].Value / numbers[n + 1].Value, taken, drafts);
            }
        }

        for (var i = 0; i < context.Tokens.Length; i++)
        {
            if (!taken[i] && (context.Tokens[i].IsDigits || context.Has(i, LexiconMarks.Number) || context.Is(i, "twice") || context.Is(i, "thrice"))
                && Multiples.TryRead(context, numbers, i, out var factor, out var end))
            {
                var tokens = context.Tokens;
                Add(context, new NumberMention(tokens[i].Start, tokens[end - 1].End, factor, i, end, NumberForm.Words), ClaimKind.Ratio, "times", factor, taken, drafts);
            }
        }

        foreach (var number in numbers)
        {
            if (!taken[number.FirstToken] && number.Form == NumberForm.Fraction && number.Value is > 0 and < 1
                && (context.Is(number.EndToken, "of") || IsChangeBy(context, number)) && !context.IsAny(number.FirstToken - 1, PeriodOrdinals))
            {
                Add(context, number, ClaimKind.Ratio, null, number.Value, taken, drafts);
            }
        }
    }

    /// <summary>"the second half of 2025", "the third quarter of the year": a part of a period, not a share.</summary>
    private static readonly string[] PeriodOrdinals = ["first", "second", "third", "fourth", "final", "last", "latter", "1st", "2nd", "3rd", "4th"];

    /// <summary>Where the whole starts after "in", "in every", "out of" or "-in-"; -1 when none of them follows the part.</summary>
    private static int WholeStart(TextContext context, int after)
    {
        if (context.Is(after, "in"))
        {
            return context.Is(after + 1, "every") ? after + 2 : after + 1;
        }

        if (context.Is(after, "out") && context.Is(after + 1, "of"))
        {
            return after + 2;
        }

        return context.IsChar(after, '-') && context.Is(after + 1, "in") && context.IsChar(after + 2, '-') ? after + 3 : -1;
    }

    /// <summary>"rose by almost a fifth", "fell by a third": a change written as a share.</summary>
    private static bool IsChangeBy(TextContext context, NumberMention number) =>
        context.Is(QualifierReader.Read(context, number.FirstToken).FirstToken - 1, "by");

    /// <summary>
    /// "one in five voters", "1 in 4 adults", "nine out of 10", "one-in-five", "1 in 100,000": a share written as a
    /// frequency. A small or round pair only: "aged 10 to 14 in 521 towns" ends a range, and "3 in 2024" is a year.
    /// </summary>
    private static bool IsOneInN(TextContext context, NumberMention part, NumberMention whole) =>
        WholeStart(context, part.EndToken) == whole.FirstToken && part.IsInteger && whole.IsInteger
        && part.Value >= 1 && whole.Value > part.Value && !(whole.Form == NumberForm.Digits && whole.End - whole.Start == 4)
        && (part.Value <= 10 || whole.Value % 10 == 0) && !context.Is(part.FirstToken - 1, "to") && !context.IsAnyChar(part.FirstToken - 1, "-–");

    private static void Add(TextContext context, NumberMention mention, ClaimKind kind, string? unit, double value, bool[] taken, List<ClaimDraft> drafts)
    {
        var (qualifier, first) = QualifierReader.Read(context, mention.FirstToken);
        var of = context.Is(mention.EndToken, "of") ? mention.EndToken + 1 : kind == ClaimKind.Ratio && context.IsWord(mention.EndToken) ? mention.EndToken : -1;
        var measure = of > 0 && MeasureLexicon.TryFindAfter(context, of, Math.Min(context.Tokens.Length, of + 3), out var noun, out _) ? noun.Measure : "share";
        drafts.Add(new ClaimDraft(kind, first, mention.EndToken, measure)
        {
            Quantity = QualifierReader.Bounds(value, unit, qualifier),
            Qualifier = qualifier,
            Group = $"share-{measure}",
        });
        for (var t = first; t < mention.EndToken; t++)
        {
            taken[t] = true;
        }
    }
}
