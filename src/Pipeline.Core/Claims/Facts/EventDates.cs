using Pipeline.Core.Claims.Dates;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Facts;

/// <summary>
/// The date a quantity is about: a date in the same clause ("released 390 on Friday"), else a day named in the sentence
/// before ("...on Friday released 270 soldiers. Zelensky confirmed 390"), else the reference (publication) date.
/// </summary>
internal sealed class EventDates(TextContext context, List<DateMention> dates, DateOnly? reference)
{
    public DateOnly? For(int firstToken, int endToken)
    {
        if (InClause(firstToken, endToken) is { } found)
        {
            return found.Value.Start;
        }

        var sentence = context.SentenceIndexOf(context.Tokens[firstToken].Start);
        var carried = dates.LastOrDefault(d => d.Value.Precision == DatePrecision.Day && d.Kind == ClaimKind.Date
            && context.SentenceIndexOf(context.Tokens[d.FirstToken].Start) == sentence - 1);
        return carried.EndToken > 0 ? carried.Value.Start : reference;
    }

    /// <summary>The date nearest to the claim in its own clause ("released 390 on Friday", "released since March 2022").</summary>
    public DateMention? InClause(int firstToken, int endToken)
    {
        var sentence = context.SentenceIndexOf(context.Tokens[firstToken].Start);
        DateMention? best = null;
        foreach (var date in dates)
        {
            if (context.SentenceIndexOf(context.Tokens[date.FirstToken].Start) == sentence && SameClause(date, firstToken, endToken)
                && (best is null || Distance(date, firstToken) < Distance(best.Value, firstToken)))
            {
                best = date;
            }
        }

        return best;
    }

    private static int Distance(DateMention date, int token) => Math.Abs(date.FirstToken - token);

    private bool SameClause(DateMention date, int firstToken, int endToken)
    {
        var (from, to) = date.FirstToken < firstToken ? (date.EndToken, firstToken) : (endToken, date.FirstToken);
        for (var i = from; i < to; i++)
        {
            if (Clauses.IsBoundary(context, i))
            {
                return false;
            }
        }

        return true;
    }
}
