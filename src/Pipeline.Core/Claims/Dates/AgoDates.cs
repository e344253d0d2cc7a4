using Pipeline.Core.Claims.Numbers;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Dates;

/// <summary>"two weeks ago", "3 days ago", "a decade ago": the day that far before the publication date.</summary>
internal static class AgoDates
{
    public static bool TryRead(TextContext context, int i, DateOnly reference, out DateMention date)
    {
        date = default;
        var amount = Amount(context, i);
        var unit = i + 1;
        if (amount is not { } n || !context.Is(unit + 1, "ago") || Back(context, unit, reference, n) is not { } day)
        {
            return false;
        }

        date = new DateMention(i, unit + 2, new TemporalValue(day, day, DatePrecision.Day), ClaimKind.Date);
        return true;
    }

    /// <summary>Digits, one number word ("two"), or "a"/"an".</summary>
    private static int? Amount(TextContext context, int i)
    {
        if (context.Is(i, "a") || context.Is(i, "an"))
        {
            return 1;
        }

        if (context.Tokens[i].IsDigits && context.Tokens[i].Length <= 3)
        {
            return int.Parse(context.Span(i), System.Globalization.CultureInfo.InvariantCulture);
        }

        return NumberWords.TryGet(context, i, out var value, out var kind) && kind == NumberWordKind.Unit && value >= 1 ? (int)value : null;
    }

    private static DateOnly? Back(TextContext context, int unit, DateOnly reference, int n) => context.Span(unit).ToString().ToLowerInvariant() switch
    {
        "day" or "days" => reference.AddDays(-n),
        "week" or "weeks" => reference.AddDays(-7 * n),
        "month" or "months" => reference.AddMonths(-n),
        "year" or "years" => reference.AddYears(-n),
        "decade" or "decades" => reference.AddYears(-10 * n),
        _ => null,
    };
}
