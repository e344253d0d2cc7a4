using Pipeline.Core.Claims.Durations;
using Pipeline.Core.Claims.Quantities;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Numbers;

/// <summary>
/// Entry points that normalise one kind of mention in a text: numbers, percentages, ordinals, durations.
/// They expose the extractor's readers on their own, so they can be checked against peer test suites.
/// </summary>
public static class NumberNormalizer
{
    public static IReadOnlyList<NormalizedMention> Numbers(string text)
    {
        var context = new TextContext(text);
        return NumberScanner.Scan(context, CountedNouns.StartsAt(context))
            .Where(number => !number.UnitAttached)
            .Select(number => Mention(context, number.Start, number.End, number.Form == NumberForm.Fraction ? "fraction" : "number", number.Value))
            .ToList();
    }

    public static IReadOnlyList<NormalizedMention> Percentages(string text)
    {
        var context = new TextContext(text);
        var numbers = NumberScanner.Scan(context, CountedNouns.StartsAt(context));
        return Percentages(context, numbers).Select(p => Mention(context, p.Start, p.End, "percentage", p.Value, "percent")).ToList();
    }

    public static IReadOnlyList<NormalizedMention> Ordinals(string text)
    {
        var context = new TextContext(text);
        return OrdinalScanner.Scan(context).Select(o => Mention(context, o.Start, o.End, "ordinal", o.Value)).ToList();
    }

    public static IReadOnlyList<NormalizedMention> Durations(string text)
    {
        var context = new TextContext(text);
        var numbers = NumberScanner.Scan(context, CountedNouns.StartsAt(context));
        return DurationScanner.Scan(context, numbers).Select(d => Mention(context, d.Start, d.End, "duration", d.Value, d.Unit)).ToList();
    }

    /// <summary>
    /// Percentages in text order, "20 percent" and "percent of 20" forms. Both are read in one pass over the numbers
    /// (in a text of figures each pass over them streams megabytes); no two start at one character, so sorting by
    /// start orders them as reading each form in turn did.
    /// </summary>
    internal static List<NumberMention> Percentages(TextContext context, List<NumberMention> numbers)
    {
        var found = new List<NumberMention>();
        foreach (var number in numbers)
        {
            if (PercentReader.TryRead(context, number, out var percent))
            {
                found.Add(percent);
            }

            if (PercentReader.TryReadLeading(context, number, out var leading))
            {
                found.Add(leading);
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static NormalizedMention Mention(TextContext context, int start, int end, string type, double? value, string? unit = null) =>
        new(context.Text[start..end], start, end, type, value, unit);
}
