using Pipeline.Host.Functions.RollupReliability;
using Pipeline.Host.Persistence;
using Pipeline.Integration.Tests.Support;
using Pipeline.Storage.Tables;

namespace Pipeline.Integration.Tests.Rollup;

/// <summary>
/// What a newer extractor's re-extraction, a half-finished full run and two rollups at once must not do to the
/// stored state: count a claim that no longer exists, or leave a source's bucket totals out of step with its entries.
/// </summary>
[Collection(AzuriteCollection.Name)]
public class RollupRepairTests(AzuriteFixture fixture)
{
    [Fact]
    public async Task Tick_ReExtractedArticleMovesAClaimToAnotherFact_CountsItOnceAndDropsTheOldFact()
    {
        var (harness, article, moved, oldKey) = await TickedWithOneClaimMovedAsync();
        var source = SeedArticle.All[1].Source;
        var before = await SourceClaimsAsync(harness, source);

        await harness.TickAsync();

        Assert.Equal(before, await SourceClaimsAsync(harness, source));
        await AssertTotalsMatchEntriesAsync(harness);
        var filed = await harness.RowsAsync(harness.Options.Tables.FactClaims);
        Assert.DoesNotContain(filed, r => r.GetString("ClaimId") == moved && r.GetString("FactKey") == oldKey);
        Assert.Contains(filed, r => r.GetString("ClaimId") == moved && r.GetString("FactKey") == oldKey + "-moved");
        Assert.DoesNotContain(await harness.RowsAsync(harness.Options.Tables.Facts), r => r.GetString("FactKey") == oldKey);
        Assert.DoesNotContain(await harness.RowsAsync(harness.Options.Tables.Ledger), r => r.GetString("ClaimId") == moved && r.GetString("FactKey") == oldKey);
        Assert.Contains(article, (await harness.RowsAsync(harness.Options.Tables.FactClaims)).Select(r => r.GetString("ArticleId")));
    }

    [Fact]
    public async Task Tick_RepeatedAfterACrashMidWithdrawal_StillRevotesTheOldFactAndRetotals()
    {
        var (harness, article, moved, oldKey) = await TickedWithOneClaimMovedAsync();
        var store = new RollupStore(harness.Storage, harness.Options.Tables);
        var dropped = (await store.FilingsOfArticleAsync(article, CancellationToken.None)).Where(f => f.GetString("ClaimId") == moved).ToList();

        // The first attempt withdrew the claim's rows and died before revoting and re-totalling.
        await store.WithdrawAsync(dropped, CancellationToken.None);
        await harness.TickAsync();

        Assert.Single(dropped);
        Assert.DoesNotContain(await harness.RowsAsync(harness.Options.Tables.Facts), r => r.GetString("FactKey") == oldKey);
        Assert.DoesNotContain(await store.FilingsOfArticleAsync(article, CancellationToken.None), f => f.GetString("FactKey") == oldKey);
        await AssertTotalsMatchEntriesAsync(harness);
    }

    [Fact]
    public async Task Extract_RedeliveredAfterTheExtractorChanged_DeletesClaimsItNoLongerFinds()
    {
        var harness = await RollupHarness.StartAsync(fixture.Account);
        var seed = SeedArticle.All[2];
        var article = await harness.AddAsync(seed);
        var claims = harness.Options.Tables.Claims;
        var extracted = await harness.RowsAsync(claims);
        await harness.Storage.Tables.UpsertAsync(claims, new TableEntity(article, "c-from-an-older-extractor") { ["Kind"] = "count", ["FactKey"] = "persons-released|total|x|2025" });

        var message = System.Text.Json.JsonSerializer.Serialize(new ClaimsMessage(article, seed.Source, seed.BlobName), Pipeline.Host.Contracts.ContractJson.Options);
        var extract = new Pipeline.Host.Functions.ExtractClaims.ExtractClaimsFunction(harness.Storage, Microsoft.Extensions.Options.Options.Create(harness.Options), harness.Clock,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<Pipeline.Host.Functions.ExtractClaims.ExtractClaimsFunction>.Instance);
        await extract.HandleAsync(new Pipeline.Host.Functions.QueueTriggerInput("m-redelivered", message, 2), CancellationToken.None);

        var after = await harness.RowsAsync(claims);
        Assert.DoesNotContain(after, r => r.RowKey == "c-from-an-older-extractor");
        Assert.Equal(extracted.Select(r => r.RowKey).Order(), after.Select(r => r.RowKey).Order());
    }

    [Fact]
    public async Task Full_AfterAClaimDisappeared_LeavesNoRowOfItAndTotalsEqualEntries()
    {
        var harness = await RollupHarness.StartAsync(fixture.Account);
        foreach (var seed in SeedArticle.All.Take(3))
        {
            await harness.AddAsync(seed);
        }

        await harness.TickAsync();
        var article = (await harness.RowsAsync(harness.Options.Tables.Articles)).First().RowKey;
        var gone = (await harness.RowsAsync(harness.Options.Tables.FactClaims)).First(r => r.GetString("ArticleId") == article && !r.PartitionKey.StartsWith("article|", StringComparison.Ordinal));
        await harness.Storage.Tables.DeleteIfExistsAsync(harness.Options.Tables.Claims, article, gone.GetString("ClaimId")!);

        harness.Clock.Now += TimeSpan.FromMinutes(1);
        await harness.Rollup.RecomputeAsync(isPastDue: false, CancellationToken.None);

        Assert.DoesNotContain(await harness.RowsAsync(harness.Options.Tables.FactClaims), r => r.GetString("ClaimId") == gone.GetString("ClaimId"));
        Assert.DoesNotContain(await harness.RowsAsync(harness.Options.Tables.Ledger), r => r.GetString("ClaimId") == gone.GetString("ClaimId"));
        await AssertTotalsMatchEntriesAsync(harness);
    }

    [Fact]
    public async Task Rollup_WhileAnotherHoldsTheLock_DoesNothingAndSaysSo()
    {
        var harness = await RollupHarness.StartAsync(fixture.Account);
        await harness.AddAsync(SeedArticle.All[0]);

        await using (var held = await RollupLock.TryAcquireAsync(harness.Storage, harness.Options.Tables, TimeProvider.System, CancellationToken.None))
        {
            Assert.NotNull(held);
            Assert.Null(await harness.TickAsync());
            Assert.Null(await harness.Rollup.RecomputeAsync(isPastDue: false, CancellationToken.None));
            Assert.Empty(await harness.RowsAsync(harness.Options.Tables.Facts));
        }

        var after = await harness.TickAsync();
        Assert.NotNull(after);
        Assert.NotEmpty(await harness.RowsAsync(harness.Options.Tables.Facts));
    }

    [Fact]
    public async Task Tick_BacklogLargerThanOneTickTakes_DrainsOverSeveralTicksWithoutSkippingAny()
    {
        var harness = await RollupHarness.StartAsync(fixture.Account);
        harness.Options.MaxArticlesPerTick = 1;
        await harness.AddAsync(SeedArticle.All[0]);
        await harness.AddAsync(SeedArticle.All[1]);
        await harness.TickAsync();
        var late = new[] { await harness.AddAsync(SeedArticle.All[2]), await harness.AddAsync(SeedArticle.All[3]) };
        harness.Clock.Now += TimeSpan.FromMinutes(30); // well past the watermark's overlap: only the watermark rule keeps the rest in view

        var first = await harness.TickAsync();
        var doneAfterFirst = await DoneAsync(harness, late);
        var second = await harness.TickAsync();
        var doneAfterSecond = await DoneAsync(harness, late);
        var third = await harness.TickAsync();

        Assert.NotNull(first);
        Assert.Single(doneAfterFirst);
        Assert.NotNull(second);
        Assert.Equal(late.Order(), doneAfterSecond.Order());
        Assert.Null(third);
    }

    [Fact]
    public async Task Tick_AfterAFullRunThatDiedHalfWay_RunsFullAgain()
    {
        var harness = await RollupHarness.StartAsync(fixture.Account);
        await harness.AddAsync(SeedArticle.All[0]);
        await harness.TickAsync();
        var store = new RollupStore(harness.Storage, harness.Options.Tables);
        await store.MarkFullStartedAsync(harness.Clock.Now.AddSeconds(30), CancellationToken.None);
        await harness.AddAsync(SeedArticle.All[1]);

        var tick = await harness.TickAsync();

        Assert.NotEmpty(tick!.PriorMeans);
        var baseline = await store.BaselineAsync(CancellationToken.None);
        Assert.Equal(harness.Clock.Now, baseline.LastFull);
        Assert.False(baseline.FullRunDue(harness.Clock.Now.AddMinutes(1), TimeSpan.FromDays(1), 1));
    }

    /// <summary>Two articles rolled up, then one claim's fact key changed as a newer extractor might change it.</summary>
    private async Task<(RollupHarness Harness, string Article, string ClaimId, string OldKey)> TickedWithOneClaimMovedAsync()
    {
        var harness = await RollupHarness.StartAsync(fixture.Account);
        await harness.AddAsync(SeedArticle.All[0]);
        var article = await harness.AddAsync(SeedArticle.All[1]);
        await harness.TickAsync();
        var claims = harness.Options.Tables.Claims;
        var row = await harness.Storage.Tables.QueryAsync(claims, new TableQuery(TableFilter.Equal("PartitionKey", article)))
            .FirstAsync(r => r.GetString("Kind") == "count" && ClaimEvidence.ToObservation(r, null) is not null);
        var oldKey = row.GetString("FactKey")!;
        row["FactKey"] = oldKey + "-moved";
        await harness.Storage.Tables.UpsertAsync(claims, row);
        await new ChangeLog(harness.Storage, harness.Options.Tables).RecordAsync(article, harness.Clock.Now, CancellationToken.None);
        return (harness, article, row.RowKey, oldKey);
    }

    private static async Task<List<string>> DoneAsync(RollupHarness harness, string[] articles) =>
        [.. (await harness.RowsAsync(harness.Options.Tables.Changes)).Where(r => articles.Contains(r.RowKey) && r.GetBoolean("Done") == true).Select(r => r.RowKey).Distinct()];

    private static async Task<long> SourceClaimsAsync(RollupHarness harness, string source) =>
        (await harness.RowsAsync(harness.Options.Tables.Sources)).Single(r => r.GetString("Source") == source).GetInt64("Claims")!.Value;

    /// <summary>The invariant a tick relies on: each bucket's stored totals count exactly the entries stored in it.</summary>
    private static async Task AssertTotalsMatchEntriesAsync(RollupHarness harness)
    {
        var ledger = await harness.RowsAsync(harness.Options.Tables.Ledger);
        var entries = ledger.Where(r => r.GetString("ClaimId") is not null && r.GetString("Outcome") is not null)
            .GroupBy(r => r.PartitionKey).ToDictionary(g => g.Key, g => g.Count());
        var totals = ledger.Where(r => r.PartitionKey.EndsWith("|totals", StringComparison.Ordinal))
            .ToDictionary(r => r.PartitionKey[..^"totals".Length] + r.RowKey, r => r.GetInt64("Claims")!.Value);
        Assert.NotEmpty(totals);
        Assert.Equal(entries.OrderBy(p => p.Key).Select(p => (p.Key, (long)p.Value)), totals.Where(p => p.Value > 0).OrderBy(p => p.Key).Select(p => (p.Key, p.Value)));
    }
}
