namespace Pipeline.Core.Reliability.Consistency;

/// <summary>The numeric checks of <see cref="InternalConsistency"/>; each works on one measure-and-frame group.</summary>
internal static class NumberChecks
{
    public static IEnumerable<ConsistencyFlag> HeadlineVsBody(ArticleClaims article, List<ArticleClaim> claims)
    {
        foreach (var headline in claims.Where(c => c.IsHeadline && c.Part is null))
        {
            var body = claims.Where(c => !c.IsHeadline && c.Part is null).ToList();
            var sameScope = body.Where(c => IsPerSide(c) == IsPerSide(headline)).ToList();
            var implied = body.Where(c => IsPerSide(c) != IsPerSide(headline)).Select(c => (c, v: IsPerSide(c) ? c.Value!.Value * c.Sides : c.Value!.Value / headline.Sides)).ToList();
            var matches = sameScope.Any(c => InternalConsistency.Close(c.Value!.Value, headline.Value!.Value))
                || implied.Any(x => InternalConsistency.Close(x.v, headline.Value!.Value));
            if (!matches && (sameScope.Count > 0 || implied.Count > 0))
            {
                var other = sameScope.Select(c => c.ClaimId).Concat(implied.Select(x => x.c.ClaimId)).ToList();
                yield return new ConsistencyFlag(article.ArticleId, article.Source, ConsistencyKind.HeadlineContradictsBody, [headline.ClaimId, .. other],
                    $"Headline says {InternalConsistency.Format(headline.Value!.Value)} {headline.Measure}; the body says {Describe(sameScope, implied.Select(x => x.c))}.");
            }
        }
    }

    public static IEnumerable<ConsistencyFlag> PerSideVsTotal(ArticleClaims article, List<ArticleClaim> claims)
    {
        var body = claims.Where(c => !c.IsHeadline && c.Part is null).ToList();
        var totals = body.Where(c => !IsPerSide(c)).ToList();
        foreach (var perSide in body.Where(IsPerSide))
        {
            var total = perSide.Value!.Value * perSide.Sides;
            if (totals.Count > 0 && !totals.Any(t => InternalConsistency.Close(t.Value!.Value, total)))
            {
                yield return new ConsistencyFlag(article.ArticleId, article.Source, ConsistencyKind.PerSideContradictsTotal, [perSide.ClaimId, .. totals.Select(t => t.ClaimId)],
                    $"{perSide.Sides} × {InternalConsistency.Format(perSide.Value.Value)} per side is {InternalConsistency.Format(total)}, but the total is given as {string.Join(" / ", totals.Select(t => InternalConsistency.Format(t.Value!.Value)))}.");
            }
        }
    }

    /// <summary>Two or more named parts are read as a full breakdown; one part alone ("including 120 civilians") only has to fit.</summary>
    public static IEnumerable<ConsistencyFlag> PartsVsWhole(ArticleClaims article, List<ArticleClaim> claims)
    {
        foreach (var scope in claims.GroupBy(IsPerSide))
        {
            var parts = scope.Where(c => c.Part is not null).GroupBy(c => c.Part, StringComparer.Ordinal).Select(g => g.First()).ToList();
            var wholes = scope.Where(c => c.Part is null && !c.IsHeadline).ToList();
            if (parts.Count == 0 || wholes.Count == 0)
            {
                continue;
            }

            var sum = parts.Sum(p => p.Value!.Value);
            var bad = wholes.Where(w => parts.Count >= 2 ? !InternalConsistency.Close(sum, w.Value!.Value) : sum > w.Value!.Value + 0.5).ToList();
            if (bad.Count > 0)
            {
                yield return new ConsistencyFlag(article.ArticleId, article.Source, ConsistencyKind.PartsContradictWhole, [.. parts.Select(p => p.ClaimId), .. bad.Select(b => b.ClaimId)],
                    $"{string.Join(" + ", parts.Select(p => InternalConsistency.Format(p.Value!.Value)))} = {InternalConsistency.Format(sum)}, but the whole is given as {string.Join(" / ", bad.Select(b => InternalConsistency.Format(b.Value!.Value)))}.");
            }
        }
    }

    private static bool IsPerSide(ArticleClaim claim) => string.Equals(claim.Scope, "per-side", StringComparison.Ordinal);

    private static string Describe(List<ArticleClaim> same, IEnumerable<ArticleClaim> other) =>
        string.Join(", ", same.Select(c => InternalConsistency.Format(c.Value!.Value))
            .Concat(other.Select(c => $"{InternalConsistency.Format(c.Value!.Value)} {c.Scope}")));
}
