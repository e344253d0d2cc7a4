using System.Text;
using Pipeline.Host.Persistence;
using Pipeline.Integration.Tests.Support;

namespace Pipeline.Integration.Tests.Rollup;

/// <summary>The timer's incremental path against a real Azurite: what a tick touches, what it leaves, and what a repeat does.</summary>
[Collection(AzuriteCollection.Name)]
public class IncrementalRollupTests(AzuriteFixture fixture)
{
    private const string PerSideReleased = "persons-released|per-side|russia,ukraine|2025-05-23";

    [Fact]
    public async Task Tick_NewArticleAfterAFullRun_RevotesOnlyTheFactsItTouches()
    {
        var harness = await RollupHarness.StartAsync(fixture.Account);
        foreach (var seed in SeedArticle.All.Take(4))
        {
            await harness.AddAsync(seed);
        }

        var first = await harness.TickAsync();
        var firstTickAt = harness.Clock.Now;
        var factsBefore = await harness.RowsAsync(harness.Options.Tables.Facts);
        var newcomer = await harness.AddAsync(SeedArticle.All[4]);
        var tick = await harness.TickAsync();

        Assert.Equal(factsBefore.Count, first!.Facts.Count);
        var touched = await harness.FactKeysOfAsync(newcomer);
        Assert.NotEmpty(tick!.Facts);
        Assert.All(tick.Facts, f => Assert.Contains(f.FactKey, touched));
        Assert.Contains(SeedArticle.All[4].Source, tick.Sources.Select(s => s.Source));
        Assert.True(tick.Facts.Count < factsBefore.Count, $"a tick for one article revoted {tick.Facts.Count} of {factsBefore.Count} facts");
        var untouched = (await harness.RowsAsync(harness.Options.Tables.Facts)).Where(r => !touched.Contains(r.GetString("FactKey")!)).ToList();
        Assert.NotEmpty(untouched);
        Assert.All(untouched, r => Assert.Equal(firstTickAt, r.GetDateTime("UpdatedAt")));
    }

    [Fact]
    public async Task Tick_ConsensusOfIncrementalRun_MatchesAFullRecompute()
    {
        var harness = await RollupHarness.StartAsync(fixture.Account);
        await harness.AddAsync(SeedArticle.All[0]);
        await harness.TickAsync();
        foreach (var seed in SeedArticle.All.Skip(1))
        {
            await harness.AddAsync(seed);
            await harness.TickAsync();
        }

        var incremental = await LabelsAsync(harness);
        var full = (await harness.Rollup.RecomputeAsync(isPastDue: false, CancellationToken.None))!;

        Assert.Equal("390", incremental[PerSideReleased]);
        // Ties (one source against one) fall to source accuracies, which only a full run re-estimates; a majority must not.
        var clear = full.Facts.Where(f => f.AgreeingSources.Count > f.Conflicts.Sum(c => c.Sources.Count)).ToList();
        var differences = clear.Where(f => incremental.GetValueOrDefault(f.FactKey) != f.Value.Label)
            .Select(f => $"{f.FactKey}: full {f.Value.Label}, incremental {incremental.GetValueOrDefault(f.FactKey)}").ToList();
        Assert.True(differences.Count == 0, string.Join("\n", differences));
        Assert.Equal(full.Facts.Count, incremental.Count);
        Assert.True(clear.Count(f => f.AgreeingSources.Count >= 2) >= 5, $"only {clear.Count} facts had a clear majority");
    }

    [Fact]
    public async Task Tick_RepeatedAfterACrashBeforeItFinished_WritesTheSameRows()
    {
        var harness = await RollupHarness.StartAsync(fixture.Account);
        foreach (var seed in SeedArticle.All.Take(3))
        {
            await harness.AddAsync(seed);
        }

        await harness.TickAsync();
        var late = await harness.AddAsync(SeedArticle.All[3]);
        await harness.TickAsync();
        var tables = harness.Options.Tables;
        var once = await harness.SnapshotAsync(tables.Facts, tables.Sources, tables.Ledger, tables.FactClaims);

        // A crash after the writes but before the change was marked done: the next tick sees it again.
        await new ChangeLog(harness.Storage, tables).RecordAsync(late, harness.Clock.Now, CancellationToken.None);
        var repeat = await harness.TickAsync();
        var twice = await harness.SnapshotAsync(tables.Facts, tables.Sources, tables.Ledger, tables.FactClaims);

        Assert.NotNull(repeat);
        Assert.Equal(once, twice);
        Assert.Contains("Claims=", once, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tick_NearDuplicateOfAnEarlierArticle_CountsOnceAndIsShownAsACopy()
    {
        var harness = await RollupHarness.StartAsync(fixture.Account);
        var seed = SeedArticle.All[1];
        var original = await harness.AddAsync(seed);
        await harness.AddAsync(SeedArticle.All[2]);
        await harness.TickAsync();
        var syndicated = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(seed.Content) + "\n\nThis story was syndicated from a partner outlet.\n");
        var copy = await harness.AddAsync("wire-copy/story.txt", syndicated, "outlet-wire", seed.Published);
        var tick = await harness.TickAsync();

        var row = await harness.Storage.Tables.GetIfExistsAsync(harness.Options.Tables.Articles, ArticleRow.PartitionOf(copy), copy);
        Assert.Equal(original, row!.GetString("CopyOf"));
        var wire = tick!.Sources.Single(s => s.Source == "outlet-wire");
        Assert.True(wire.Copies > 0);
        Assert.Equal((0, 0), (wire.Agreements, wire.Contradictions));
        Assert.All(tick.Facts, f => Assert.DoesNotContain("outlet-wire", f.AgreeingSources));
        Assert.Contains(tick.Facts, f => f.Copies.Any(c => c.Source == "outlet-wire" && c.CopyOf == original));
    }

    private static async Task<Dictionary<string, string>> LabelsAsync(RollupHarness harness) =>
        (await harness.RowsAsync(harness.Options.Tables.Facts)).ToDictionary(r => r.GetString("FactKey")!, r => r.GetString("Label")!);
}
