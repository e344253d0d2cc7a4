using Pipeline.Core.Claims.Numbers;
using Pipeline.Core.Claims.Quantities;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims;

/// <summary>
/// Guesses when an undated article was published, from the dates it states. The latest full date (day, month, year) in a
/// past-tense clause is the best floor: news reports what has happened. A date in a future clause ("talks will resume on
/// 2 June 2025") means publication came before it. A dateline at the top is trusted most.
/// </summary>
public static class PublicationDateInference
{
    private const int DatelineLength = 300;

    public static (DateOnly? Date, double Confidence) Infer(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var context = new TextContext(text);
        var taken = new bool[context.Tokens.Length + 1];
        var drafts = new List<ClaimDraft>();
        var dates = Dates.DateClaims.Find(context, null, taken, drafts)
            .Where(d => d.Value.Precision == DatePrecision.Day && d.Kind != ClaimKind.DateSince)
            .ToList();
        if (dates.Count == 0)
        {
            return YearOnly(context);
        }

        var dateline = dates.FirstOrDefault(d => context.Tokens[d.FirstToken].Start < DatelineLength);
        if (dateline.EndToken > 0 && dateline.Value.Start == dates.Max(d => d.Value.Start))
        {
            return (dateline.Value.Start, 0.9);
        }

        var past = dates.Where(d => !Dates.TenseReader.IsFuture(context, d.FirstToken, d.EndToken)).Select(d => d.Value.Start).ToList();
        if (past.Count > 0)
        {
            return (past.Max(), 0.6);
        }

        return (dates.Min(d => d.Value.Start).AddDays(-1), 0.4);
    }

    /// <summary>Only years: the latest one, with low confidence, as its first day is all we can say.</summary>
    private static (DateOnly? Date, double Confidence) YearOnly(TextContext context)
    {
        var years = NumberScanner.Scan(context, CountedNouns.StartsAt(context))
            .Where(n => n.Form == NumberForm.Digits && n.Value is >= 1900 and <= 2100 && n.End - n.Start == 4)
            .Select(n => (int)n.Value)
            .ToList();
        return years.Count == 0 ? (null, 0) : (new DateOnly(years.Max(), 1, 1), 0.1);
    }
}
