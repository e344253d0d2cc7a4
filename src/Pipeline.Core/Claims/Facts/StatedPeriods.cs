using Pipeline.Core.Claims.Dates;
using DateSpans = Pipeline.Core.Reliability.Compatibility.Dates;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Facts;

/// <summary>
/// The period a claim says it is about: one inside its own span ("the fifth swap in 2023", "the third this year"), else,
/// for figures other than ranks, the date nearest to it in its clause ("released 390 on Friday", "4,757 freed since March 2022", open-ended). Dates
/// themselves state no period beyond their value, and quotes are not dated.
/// </summary>
internal static class StatedPeriods
{
    private static readonly WordSet PresentWords = new("now", "currently", "still");

    public static TemporalValue? For(TextContext context, DateMention? clauseDate, ClaimDraft draft, DateOnly? reference)
    {
        if (draft.Temporal is not null || draft.Kind == ClaimKind.Quote)
        {
            return null;
        }

        // A rank's period is part of the rank ("the fifth swap in 2023"); a date elsewhere in its clause dates something
        // else ("the fifth swap after the January talks").
        var stated = Inside(context, draft, reference)
            ?? (draft.Kind == ClaimKind.Ordinal ? null : Nearby(context, clauseDate, draft));
        return stated is { } mention ? Interval(mention) : null;
    }

    /// <summary>
    /// The clause's date (<see cref="EventDates.Near"/>), unless a word for the present stands between it and the claim: "seized in 2019 and now holds
    /// a third" states nothing about 2019's share.
    /// </summary>
    private static DateMention? Nearby(TextContext context, DateMention? clauseDate, ClaimDraft draft)
    {
        if (clauseDate is not { } date)
        {
            return null;
        }

        var (from, to) = date.FirstToken < draft.FirstToken ? (date.EndToken, draft.FirstToken) : (draft.EndToken, date.FirstToken);
        for (var i = from; i < to; i++)
        {
            if (context.IsAny(i, PresentWords))
            {
                return null;
            }
        }

        return date;
    }

    private static DateMention? Inside(TextContext context, ClaimDraft draft, DateOnly? reference)
    {
        for (var i = draft.FirstToken + 1; i < draft.EndToken; i++)
        {
            if (DateClaims.TryRead(context, i, reference, out var date))
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>Every day the period covers, as first and last day; "since" stays open.</summary>
    private static TemporalValue Interval(DateMention mention)
    {
        if (mention.Kind == ClaimKind.DateSince)
        {
            return mention.Value with { End = null };
        }

        var (first, last) = DateSpans.Span(mention.Value);
        return mention.Value with { Start = first, End = last };
    }
}
