using Pipeline.Core.Claims;
using Pipeline.Core.Tests.Support;

namespace Pipeline.Core.Tests.Claims.Gold;

/// <summary>
/// Matches every seed's claims against its gold. Per type: gold found (recall) and predictions that are right
/// (precision). A prediction overlapping a gold claim outside the scored tier, or a gold non-claim, is neutral.
/// </summary>
public sealed class GoldReport
{
    public Dictionary<string, (int Found, int Gold, int Right, int Predicted)> ByType { get; } = [];

    public int QualifierRight { get; private set; }

    public int Matched { get; private set; }

    public List<string> Misses { get; } = [];

    public List<string> Wrong { get; } = [];

    public List<string> NonClaimHits { get; } = [];

    public static GoldReport Score(Func<GoldClaim, bool> scored)
    {
        var report = new GoldReport();
        foreach (var gold in GoldArticle.Load())
        {
            var article = SeedArticles.All.Single(a => a.Url == gold.File);
            report.Add(gold, ClaimExtractor.Extract(article), scored);
        }

        return report;
    }

    private void Add(GoldArticle gold, IReadOnlyList<Claim> claims, Func<GoldClaim, bool> scored)
    {
        var used = new HashSet<Claim>();
        foreach (var expected in gold.Claims.Where(scored))
        {
            var match = claims.FirstOrDefault(c => !used.Contains(c) && GoldScorer.Matches(c, expected));
            Count(expected.Type, found: match is null ? 0 : 1, gold: 1);
            if (match is null)
            {
                Misses.Add($"{expected.Id} {expected.Type} '{expected.Span}' = {expected.Value}");
                continue;
            }

            used.Add(match);
            Matched++;
            QualifierRight += ContractNames.Of(match.Qualifier) == expected.Qualifier ? 1 : 0;
        }

        foreach (var claim in claims.Where(c => GoldScorer.GoldType(c.Kind) is not null))
        {
            var type = GoldScorer.GoldType(claim.Kind)!;
            if (gold.NonClaims.Any(n => GoldScorer.Overlaps(claim.Start, claim.End, n.Start, n.End)))
            {
                NonClaimHits.Add($"{gold.File[..3]} {type} '{claim.Text}'");
            }

            if (used.Contains(claim))
            {
                Count(type, right: 1, predicted: 1);
            }
            else if (!gold.Claims.Any(g => !scored(g) && GoldScorer.Overlaps(claim.Start, claim.End, g.Start, g.End)))
            {
                Count(type, predicted: 1);
                Wrong.Add($"{gold.File[..3]} {type} '{claim.Text}' = {claim.Quantity?.Number}{claim.Temporal?.Start} [{claim.Start}]");
            }
        }
    }

    private void Count(string type, int found = 0, int gold = 0, int right = 0, int predicted = 0)
    {
        var current = ByType.GetValueOrDefault(type);
        ByType[type] = (current.Found + found, current.Gold + gold, current.Right + right, current.Predicted + predicted);
    }

    public (double Recall, double Precision) Totals()
    {
        var found = ByType.Values.Sum(v => v.Found);
        var gold = ByType.Values.Sum(v => v.Gold);
        var right = ByType.Values.Sum(v => v.Right);
        var predicted = ByType.Values.Sum(v => v.Predicted);
        return (gold == 0 ? 1 : (double)found / gold, predicted == 0 ? 1 : (double)right / predicted);
    }
}
