using System.Globalization;
using Pipeline.Core.Claims.Numbers;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Durations;

/// <summary>Finds durations: an amount (number, "a", "half", "a few") before a time unit, glued, hyphenated or spaced.</summary>
internal static class DurationScanner
{
    private static readonly PhraseTable<(string Unit, double Factor)> Units =
        PhraseTable<(string Unit, double Factor)>.Load("duration-units.txt", row => (row[1], double.Parse(row[2], CultureInfo.InvariantCulture)), LexiconMarks.DurationUnit);

    public static List<DurationMention> Scan(TextContext context, List<NumberMention> numbers) => Scan(context, numbers, []);

    /// <summary>As above, into <paramref name="found"/> (cleared first), which the duration claims keep per thread.</summary>
    public static List<DurationMention> Scan(TextContext context, List<NumberMention> numbers, List<DurationMention> found)
    {
        // Numbers by their end token, set up at the first time unit: texts without one (tables, lists) never do.
        NumbersByEnd? byEnd = null;
        found.Clear();
        // The units table only matches words it marks: the loop goes from marked word to marked word.
        for (var i = context.NextMarked(0, LexiconMarks.DurationUnit); i < context.Tokens.Length; i = context.NextMarked(i + 1, LexiconMarks.DurationUnit))
        {
            if (!context.Tokens[i].IsWord || !Units.TryMatch(context, i, out var unit, out var unitEnd))
            {
                continue;
            }

            byEnd ??= new NumbersByEnd(numbers);
            if (TryAmount(context, byEnd, i, unit.Unit, out var amount))
            {
                var end = HalfAfter(context, unitEnd, out var extra);
                var value = amount.Value is { } v ? (v + extra) * unit.Factor : (double?)null;
                var mention = new DurationMention(context.Tokens[amount.First].Start, context.Tokens[end - 1].End, value, unit.Unit, amount.First, end, amount.Counted)
                {
                    Hyphenated = amount.Hyphenated,
                };
                Add(context, found, mention);
                i = end - 1;
            }
        }

        return found;
    }

    /// <summary>
    /// "1 year 1 month 21 days" is one duration; its value stays that of the first part. "one hour and 40 minutes" is
    /// one too, of 100 minutes.
    /// </summary>
    private static void Add(TextContext context, List<DurationMention> found, DurationMention mention)
    {
        if (found.Count > 0 && found[^1].EndToken == mention.FirstToken && found[^1].Counted && mention.Counted)
        {
            found[^1] = found[^1] with { End = mention.End, EndToken = mention.EndToken };
            return;
        }

        if (found.Count > 0 && found[^1] is { Counted: true, Value: { } whole } previous && mention is { Counted: true, Value: { } part }
            && previous.EndToken + 1 == mention.FirstToken && context.Is(previous.EndToken, "and") && SmallerUnits(previous.Unit, mention.Unit) is { } factor)
        {
            found[^1] = previous with { End = mention.End, EndToken = mention.EndToken, Value = (whole * factor) + part, Unit = mention.Unit };
            return;
        }

        found.Add(mention);
    }

    /// <summary>How many of the next smaller unit make one of the larger: "two days and six hours" is 54 hours.</summary>
    private static int? SmallerUnits(string larger, string smaller) => (larger, smaller) switch
    {
        ("year", "month") => 12,
        ("week", "day") => 7,
        ("day", "hour") => 24,
        ("hour", "minute") => 60,
        ("minute", "second") => 60,
        _ => null,
    };

    private static bool TryAmount(TextContext context, NumbersByEnd byEnd, int unitToken, string unit, out (int First, double? Value, bool Counted, bool Hyphenated) amount)
    {
        amount = default;
        var hyphenated = context.IsChar(unitToken - 1, '-') && context.Tokens[unitToken].Joined && context.Tokens[unitToken - 1].Joined;
        var end = hyphenated ? unitToken - 1 : unitToken;
        if (byEnd.TryGet(end, out var number) && !number.Designator && (number.Value > 0 || number.Form != NumberForm.Digits))
        {
            amount = (number.FirstToken, number.Value, true, hyphenated);
            return true;
        }

        return VagueAmount(context, unitToken, unit, out amount) && (!hyphenated || amount.Hyphenated);
    }

    /// <summary>"a week", "an hour", "half an hour", "a half hour", "a few days", "several days", "another week", "all day".</summary>
    private static bool VagueAmount(TextContext context, int unitToken, string unit, out (int First, double? Value, bool Counted, bool Hyphenated) amount)
    {
        amount = default;
        var before = unitToken - 1;
        if (before >= 0 && context.IsChar(before, '-') && (context.Is(before - 1, "all") || context.Is(before - 1, "full")))
        {
            amount = (before - 1, 1, false, true);
            return true;
        }

        var isArticle = context.Is(before, "a") || context.Is(before, "an");
        if (isArticle && context.Is(before - 1, "half"))
        {
            amount = (before - 1, 0.5, false, false);
        }
        else if (context.Is(before, "half"))
        {
            amount = (context.Is(before - 1, "a") ? before - 1 : before, 0.5, false, false);
        }
        else if (context.Is(before, "few") || context.Is(before, "several") || (context.Is(before, "some") && unit != "second"))
        {
            amount = (context.Is(before - 1, "a") ? before - 1 : before, null, false, false);
        }
        else if ((isArticle && unit != "second") || context.Is(before, "another") || context.Is(before, "all") || context.Is(before, "full"))
        {
            amount = (before, 1, false, false);
        }
        else
        {
            return false;
        }

        return true;
    }

    /// <summary>"an hour and a half", "an hour and half".</summary>
    private static int HalfAfter(TextContext context, int unitEnd, out double extra)
    {
        extra = 0;
        if (!context.Is(unitEnd, "and"))
        {
            return unitEnd;
        }

        var half = context.Is(unitEnd + 1, "half") ? unitEnd + 1 : context.Is(unitEnd + 1, "a") && context.Is(unitEnd + 2, "half") ? unitEnd + 2 : -1;
        if (half < 0)
        {
            return unitEnd;
        }

        extra = 0.5;
        return half + 1;
    }
}
