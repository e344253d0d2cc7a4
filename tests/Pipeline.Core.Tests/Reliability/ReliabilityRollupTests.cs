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
    public void Revote_OpenBoundWinsOnStoredScores_GivesWayToTheFirmValueItAllows()
    {
        // "more than 200" from a trusted source and "270" from a distrusted one say the same; the label is the firmer.
        var claims = new List<ClaimObservation> { Claim("trusted", 200, q: Qualifier.MoreThan), Claim("doubted", 270) };
        var scores = new Dictionary<string, double> { ["trusted"] = 0.95, ["doubted"] = 0.2 };

        var fact = Assert.Single(ReliabilityRollup.Revote(claims, scores, 0.5));

        Assert.Equal("270", fact.Value.Label);
        Assert.Equal(["doubted", "trusted"], fact.AgreeingSources);
        Assert.Empty(fact.Conflicts);
    }

    [Fact]
    public void Revote_WeekWinsOnStoredScores_GivesWayToTheDayInsideIt()
    {
        // "last week" from a trusted source and "May 16" from a distrusted one say the same; the label is the narrower.
        const string meeting = "meeting-date|any|russia,ukraine|2025-W20";
        var week = StatedValue.Date(new TemporalValue(new DateOnly(2025, 5, 12), new DateOnly(2025, 5, 18), DatePrecision.Week));
        var day = StatedValue.Date(new TemporalValue(new DateOnly(2025, 5, 16), new DateOnly(2025, 5, 16), DatePrecision.Day));
        var claims = new List<ClaimObservation> { new("trusted", "t-a", "t-c", meeting, week), new("doubted", "d-a", "d-c", meeting, day) };
        var scores = new Dictionary<string, double> { ["trusted"] = 0.95, ["doubted"] = 0.2 };

        var fact = Assert.Single(ReliabilityRollup.Revote(claims, scores, 0.5));

        Assert.Equal(day.Label, fact.Value.Label);
        Assert.Equal(["doubted", "trusted"], fact.AgreeingSources);
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
    public void Score_LedgerOfAFullRun_ReproducesEverySourceOfThatRun()
    {
        ClaimObservation[] claims = [Claim("a", 390), Claim("b", 390), Claim("c", 800), Claim("c", 7, key: "k2"), Claim("d", 7, key: "k2"), Claim("w", 7, copyOf: "d-a", key: "k2")];
        var flag = new ConsistencyFlag("c-a", "c", ConsistencyKind.HeadlineContradictsBody, ["c-c"], "800 vs 2 × 390");
        var full = ReliabilityRollup.Compute(claims, flags: [flag]);
        var ledger = full.Facts.SelectMany(f => ReliabilityRollup.Ledger(f)).ToList();

        var rescored = full.Sources.Select(s => ReliabilityRollup.Score(
            s.Source, ledger.Where(e => e.Source == s.Source), s.Source == "c" ? [flag] : [], full.PriorMeans)).ToList();

        Assert.Equal(full.Sources, rescored, new ReliabilityComparer());
        Assert.Equal(1, rescored.Single(s => s.Source == "w").Copies);
        Assert.Equal("d-a", rescored.Single(s => s.Source == "w").Explanation.DiscountedCopies.Single().CopyOf);
    }

    [Fact]
    public void Revote_NewClaimOnOneFact_DecidesItOnStoredScoresAndRescoresItsSources()
    {
        List<ClaimObservation> before = [Claim("a", 390), Claim("b", 390), Claim("e", 390), Claim("c", 500), Claim("a", 7, key: "k2"), Claim("c", 7, key: "k2")];
        var full = ReliabilityRollup.Compute(before);
        var touched = before.Where(c => c.FactKey == Key).Append(Claim("d", 500)).ToList();

        var fact = Assert.Single(ReliabilityRollup.Revote(touched, full.Sources.ToDictionary(s => s.Source, s => s.Score), 0.5));
        var ledger = full.Facts.Where(f => f.FactKey != Key).Append(fact).SelectMany(f => ReliabilityRollup.Ledger(f)).ToList();
        var d = ReliabilityRollup.Score("d", ledger.Where(e => e.Source == "d"), [], full.PriorMeans);
        var c = ReliabilityRollup.Score("c", ledger.Where(e => e.Source == "c"), [], full.PriorMeans);

        Assert.Equal("390", fact.Value.Label);
        Assert.Equal(["a", "b", "e"], fact.AgreeingSources);
        Assert.Equal(["c", "d"], fact.Conflicts.Single().Sources);
        Assert.Equal((1, 1, 0), (d.Claims, d.Contradictions, d.Agreements));
        Assert.Equal((2, 1, 1), (c.Claims, c.Contradictions, c.Agreements));
        Assert.True(d.Score < full.PriorMeans[1], $"a contradicted newcomer scores below its tier's prior mean, got {d.Score:0.000}");
    }

    private sealed class ReliabilityComparer : IEqualityComparer<SourceReliability>
    {
        public bool Equals(SourceReliability? x, SourceReliability? y) =>
            x is not null && y is not null && x.Source == y.Source && x.Claims == y.Claims && x.Agreements == y.Agreements
            && x.Contradictions == y.Contradictions && x.Unique == y.Unique && x.Copies == y.Copies && x.Flags == y.Flags
            && Math.Abs(x.Score - y.Score) < 1e-12 && Math.Abs(x.Lower - y.Lower) < 1e-12 && Math.Abs(x.Upper - y.Upper) < 1e-12
            && x.Explanation.Agreed.SequenceEqual(y.Explanation.Agreed, new EvidenceComparer())
            && x.Explanation.Contradicted.SequenceEqual(y.Explanation.Contradicted, new EvidenceComparer());

        public int GetHashCode(SourceReliability obj) => obj.Source.GetHashCode(StringComparison.Ordinal);
    }

    private sealed class EvidenceComparer : IEqualityComparer<FactEvidence>
    {
        public bool Equals(FactEvidence? x, FactEvidence? y) =>
            x is not null && y is not null && x.FactKey == y.FactKey && x.ClaimId == y.ClaimId && x.Stated == y.Stated && x.Consensus == y.Consensus
            && x.BackedBy.SequenceEqual(y.BackedBy);

        public int GetHashCode(FactEvidence obj) => obj.ClaimId.GetHashCode(StringComparison.Ordinal);
    }
}
