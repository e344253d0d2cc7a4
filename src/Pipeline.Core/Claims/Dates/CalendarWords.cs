using System.Globalization;
using Pipeline.Core.Claims.Numbers;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Dates;

/// <summary>Month, weekday, relative-day and period words; months and weekdays only count when capitalised ("May", not "may").</summary>
internal static class CalendarWords
{
    private static readonly TokenWordMap<(string Kind, int Value)> Words =
        TokenWordMap<(string Kind, int Value)>.Load("calendar.txt", row => (row[1], int.Parse(row[2], CultureInfo.InvariantCulture)));

    public static bool TryGet(TextContext context, int index, out string kind, out int value)
    {
        (kind, value) = (string.Empty, 0);
        if (!context.Has(index, LexiconMarks.Calendar))
        {
            return false;
        }

        // "Friday's": a possessive is looked up without its "'s"; other words by their token.
        var word = context.Span(index);
        var possessive = Possessive.Is(word);
        if (!(possessive ? Words.TryGet(word[..^2], out var entry) : Words.TryGet(context, index, out entry)))
        {
            return false;
        }

        (kind, value) = entry;
        return kind is "day" or "period" || char.IsUpper(word[0]);
    }

    public static bool Is(TextContext context, int index, string kind, out int value) =>
        TryGet(context, index, out var found, out value) && found == kind;

    /// <summary>A day of the month in digits: "16", "16th".</summary>
    public static bool TryDay(TextContext context, int index, out int day, out int end)
    {
        (day, end) = (0, index + 1);
        if (index < 0 || index >= context.Tokens.Length || !context.Tokens[index].IsDigits || context.Tokens[index].Length > 2)
        {
            return false;
        }

        day = DigitValues.Int(context.Span(index));
        if (index + 1 < context.Tokens.Length && context.Tokens[index + 1].Joined && context.Tokens[index + 1].IsWord)
        {
            var suffix = context.Span(index + 1);
            if (!(suffix is "st" or "nd" or "rd" or "th"))
            {
                return false;
            }

            end = index + 2;
        }

        return day is >= 1 and <= 31;
    }

    /// <summary>A year in digits between 1800 and 2100.</summary>
    public static bool TryYear(TextContext context, int index, out int year)
    {
        year = 0;
        return index >= 0 && index < context.Tokens.Length && context.Tokens[index].IsDigits && context.Tokens[index].Length == 4
            && (year = DigitValues.Int(context.Span(index))) is >= 1800 and <= 2100
            && !(index + 1 < context.Tokens.Length && context.Tokens[index + 1].Joined && context.Tokens[index + 1].IsWord);
    }
}
