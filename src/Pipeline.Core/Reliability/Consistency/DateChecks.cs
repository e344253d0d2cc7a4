using Pipeline.Core.Claims.Facts;

namespace Pipeline.Core.Reliability.Consistency;

/// <summary>
/// An event cannot be dated after the article was published (beyond one day of time-zone slack), unless the article
/// says it is planned. The dates the article gives the event it reports now ("this exchange began on Friday") must share
/// a year: dates of other events of the same kind ("a swap in July 2024") may be in any year.
/// </summary>
internal static class DateChecks
{
    public static IEnumerable<ConsistencyFlag> Check(ArticleClaims article, List<ArticleClaim> dated)
    {
        var late = dated.Where(c => article.Published is { } p && c.Date!.Value > p.AddDays(1) && c.Frame != EventDateNames.Planned).ToList();
        foreach (var claim in late)
        {
            yield return new ConsistencyFlag(article.ArticleId, article.Source, ConsistencyKind.ImpossibleDate, [claim.ClaimId],
                $"{claim.Measure} dated {claim.Date:yyyy-MM-dd}, after the article was published on {article.Published:yyyy-MM-dd}.");
        }

        // The article's year for this event: the publication year breaks ties, else the most common year.
        var years = dated.Except(late).Where(c => c.CurrentEvent is not null).GroupBy(c => c.Date!.Value.Year)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key == article.Published?.Year).ThenByDescending(g => g.Key).ToList();
        if (years.Count < 2)
        {
            yield break;
        }

        var main = years[0].Key;
        foreach (var claim in years.Skip(1).SelectMany(g => g))
        {
            yield return new ConsistencyFlag(article.ArticleId, article.Source, ConsistencyKind.ImpossibleDate, [claim.ClaimId, .. years[0].Select(c => c.ClaimId)],
                $"{claim.Measure} dated {claim.Date!.Value.Year}, while the article dates the same event {main} elsewhere.");
        }
    }
}
