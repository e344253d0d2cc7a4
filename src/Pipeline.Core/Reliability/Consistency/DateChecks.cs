namespace Pipeline.Core.Reliability.Consistency;

/// <summary>
/// Dates of one event (same measure and frame) must share a year, and an event cannot be dated after the article
/// was published (beyond one day of time-zone slack).
/// </summary>
internal static class DateChecks
{
    public static IEnumerable<ConsistencyFlag> Check(ArticleClaims article, List<ArticleClaim> dated)
    {
        var late = dated.Where(c => article.Published is { } p && c.Date!.Value > p.AddDays(1)).ToList();
        foreach (var claim in late)
        {
            yield return new ConsistencyFlag(article.ArticleId, article.Source, ConsistencyKind.ImpossibleDate, [claim.ClaimId],
                $"{claim.Measure} dated {claim.Date:yyyy-MM-dd}, after the article was published on {article.Published:yyyy-MM-dd}.");
        }

        // The article's year for this event: the publication year breaks ties, else the most common year.
        var years = dated.Except(late).GroupBy(c => c.Date!.Value.Year)
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
