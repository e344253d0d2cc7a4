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

    /// <summary>Percentages in text order: "20 percent" forms, then "percent of 20" forms, sorted stably by start.</summary>
    internal static List<NumberMention> Percentages(TextContext context, List<NumberMention> numbers)
    {
        var found = new List<(NumberMention Percent, int Order)>();
        foreach (var number in numbers)
        {
            if (PercentReader.TryRead(context, number, out var percent))
            {
                found.Add((percent, found.Count));
            }
        }

        PercentReader.AddLeadingForms(context, numbers, found);
        found.Sort((a, b) => a.Percent.Start != b.Percent.Start ? a.Percent.Start.CompareTo(b.Percent.Start) : a.Order.CompareTo(b.Order));
        return found.ConvertAll(p => p.Percent);
    }

    private static NormalizedMention Mention(TextContext context, int start, int end, string type, double? value, string? unit = null) =>
        new(context.Text[start..end], start, end, type, value, unit);
}
