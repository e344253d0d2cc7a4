using Pipeline.Core.Claims;
using Pipeline.Core.Reliability;
using Pipeline.Core.Reliability.Compatibility;
using Pipeline.Core.Reliability.Consistency;

namespace Pipeline.Core.Tests.Reliability;

public class ReliabilityRollupTests
{
    private const string Key = "prisoners-released|per-side|russia,ukraine|2025-W21";

    private static ClaimObservation Claim(string source, double value, string? copyOf = null, string? via = null, Qualifier q = Qualifier.Exact, string key = Key) =>
        new(source, source + "-a", source + "-c", key, StatedValue.Number(value, q), AttributedTo: via, CopyOf: copyOf);

    [Fact]
    public void Compute_ThreeAgreeOneDissents_ConsensusAndConflictReported()
    {
        var result = ReliabilityRollup.Compute([Claim("a", 390), Claim("b", 390), Claim("c", 800, q: Qualifier.Nearly), Claim("d", 500)]);

        var fact = Assert.Single(result.Facts);
        Assert.Equal("390", fact.Value.Label);
        Assert.Equal(["a", "b"], fact.AgreeingSources);
        Assert.Equal(["c", "d"], fact.Conflicts.SelectMany(c => c.Sources).Order().ToList());
        var d = result.Sources.Single(s => s.Source == "d");
        Assert.Equal(1, d.Contradictions);
        Assert.Equal(["a", "b"], d.Explanation.Contradicted.Single().BackedBy);
    }

    [Fact]
    public void Compute_CopiedArticle_CountsOnceAndIsReported()
    {
        var original = Claim("wire", 800) with { ArticleId = "w1" };
        var copies = Enumerable.Range(0, 4).Select(i => Claim($"paper{i}", 800, copyOf: "w1")).ToList();

        var result = ReliabilityRollup.Compute([original, .. copies, Claim("x", 390), Claim("y", 390)]);

        var fact = Assert.Single(result.Facts);
        Assert.Equal("390", fact.Value.Label);
        Assert.Equal(4, fact.Copies.Count);
        Assert.Equal(1, result.Sources.Single(s => s.Source == "paper0").Copies);
    }

    [Fact]
    public void Compute_AttributedClaim_PartyBecomesPseudoSource()
    {
        var result = ReliabilityRollup.Compute([Claim("e", 390, via: "Russian defence ministry"), Claim("f", 390, via: "Russian Defence Ministry"), Claim("g", 390)]);

        var party = result.Sources.Single(s => s.Source == "via:russian-defence-ministry");
        Assert.Equal(2, party.Claims);
        Assert.Equal(1, party.Agreements);
        Assert.Equal(0.5, result.Sources.Single(s => s.Source == "e").Evidence);
    }

    [Fact]
    public void Compute_ConsistencyFlag_LowersScore()
    {
        ClaimObservation[] claims = [Claim("a", 390), Claim("b", 390), Claim("a", 10, key: "k2"), Claim("b", 10, key: "k2")];
        var flag = new ConsistencyFlag("a-a", "a", ConsistencyKind.HeadlineContradictsBody, ["a-c"], "800 vs 2 × 390");

        var clean = ReliabilityRollup.Compute(claims);
        var flagged = ReliabilityRollup.Compute(claims, flags: [flag]);

        Assert.True(flagged.Sources.Single(s => s.Source == "a").Score < clean.Sources.Single(s => s.Source == "a").Score - 0.05);
        Assert.Equal(1, flagged.Sources.Single(s => s.Source == "a").Flags);
    }

    [Fact]
    public void Recompute_NewClaimOnOneFact_MatchesTalliesOfFullRun()
    {
        List<ClaimObservation> before = [Claim("a", 390), Claim("b", 390), Claim("c", 500), Claim("a", 7, key: "k2"), Claim("c", 7, key: "k2")];
        var full = ReliabilityRollup.Compute(before);
        var touched = before.Where(c => c.FactKey == Key).Append(Claim("d", 500)).ToList();

        var delta = ReliabilityRollup.Recompute(touched, full.Facts.Where(f => f.FactKey == Key).ToList(), full.Sources, full.PriorMeans);

        Assert.Equal(["a", "b", "c", "d"], delta.Sources.Select(s => s.Source).ToList());
        Assert.Equal(2, delta.Sources.Single(s => s.Source == "c").Claims);
        Assert.Equal(1, delta.Sources.Single(s => s.Source == "d").Claims);
        Assert.Equal(full.Sources.Single(s => s.Source == "a").Claims, delta.Sources.Single(s => s.Source == "a").Claims);
    }
}
