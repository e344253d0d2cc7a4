using Pipeline.Core.Claims;
using Pipeline.Core.Claims.Dates;
using Pipeline.Core.Claims.Facts;

namespace Pipeline.Core.Reliability.Consistency;

/// <summary>
/// A claim about the event the article reports now must state a period that can contain that event: "this latest
/// exchange marks the fifth swap in 2023" cannot be right when the article dates this exchange in 2025. The event's days
/// are the dates the article gives it ("this exchange commenced on Friday"), else the week before publication, the
/// window in which news reports an event. "The fifth swap this year" and "the 64th since 2022" contain it; a period
/// about another event ("a similar swap in 2023") names no current event and is never checked.
/// </summary>
internal static class PeriodChecks
{
    private const int ReportingDays = 7;

    public static IEnumerable<ConsistencyFlag> Check(ArticleClaims article)
    {
        foreach (var claim in article.Claims.Where(c => c is { RefersTo: not null, CurrentEvent: not null, Date: null }))
        {
            var when = DaysOf(article, claim.CurrentEvent!);
            if (when is { } days && !days.Spans.Any(span => Overlaps(claim.RefersTo!, span)))
            {
                yield return new ConsistencyFlag(article.ArticleId, article.Source, ConsistencyKind.ImpossibleDate, [claim.ClaimId, .. days.ClaimIds],
                    $"{claim.Measure} stated for {Describe(claim.RefersTo!)}, but the article's {claim.CurrentEvent} is {days.Description}.");
            }
        }
    }

    /// <summary>The days the article gives its current event, with the claims that give them; else the reporting window.</summary>
    private static EventDays? DaysOf(ArticleClaims article, string currentEvent)
    {
        var dated = article.Claims.Where(c => c.Date is not null && c.CurrentEvent == currentEvent && c.Frame != EventDateNames.Planned).ToList();
        if (dated.Count > 0)
        {
            var days = dated.Select(c => c.Date!.Value).Distinct().Order().ToList();
            return new EventDays([.. days.Select(d => (d, d))], [.. dated.Select(c => c.ClaimId)], $"dated {string.Join(", ", days.Select(Iso))}");
        }

        return article.Published is { } published
            ? new EventDays([(published.AddDays(-ReportingDays), published)], [], $"reported as current on {Iso(published)}")
            : null;
    }

    private static bool Overlaps(TemporalValue stated, (DateOnly First, DateOnly Last) days) =>
        stated.Start <= days.Last && (stated.End ?? DateOnly.MaxValue) >= days.First;

    /// <summary>A whole year reads as the year ("2023"), as the article wrote it; other periods as ISO.</summary>
    private static string Describe(TemporalValue period) =>
        period is { Start: { Month: 1, Day: 1 } start, End: { Month: 12, Day: 31 } end } && start.Year == end.Year
            ? $"{start.Year}" : IsoPeriod.Of(period)!;

    private static string Iso(DateOnly day) => IsoPeriod.Of(new TemporalValue(day, day, DatePrecision.Day))!;

    private sealed record EventDays(List<(DateOnly First, DateOnly Last)> Spans, List<string> ClaimIds, string Description);
}
