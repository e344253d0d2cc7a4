using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Pipeline.Host.Configuration;
using Pipeline.Host.Functions;
using Pipeline.Host.Functions.RollupReliability;
using Pipeline.Host.Persistence;
using Pipeline.Integration.Tests.Support;

namespace Pipeline.Integration.Tests.Host;

[Collection(AzuriteCollection.Name)]
public class RollupWatermarkTests(AzuriteFixture fixture)
{
    [Fact]
    public async Task Handle_OnlyWhenAnArticleChangedSinceTheLastRun_RollsUp()
    {
        var options = new PipelineOptions { TablePrefix = "w" + Guid.NewGuid().ToString("N")[..12] };
        foreach (var table in options.Tables.All)
        {
            await fixture.Account.Tables.CreateIfNotExistsAsync(table);
        }

        var clock = new SettableClock(new DateTimeOffset(2026, 11, 22, 10, 0, 30, TimeSpan.Zero));
        var sut = new RollupReliabilityFunction(fixture.Account, Options.Create(options), clock, NullLogger<RollupReliabilityFunction>.Instance);
        var changes = new ChangeLog(fixture.Account, options.Tables);
        var tick = new TimerTriggerInput(false, null, null);

        var nothingYet = await sut.HandleAsync(tick, CancellationToken.None);
        await changes.RecordAsync("0123456789abcdef0123456789abcdef", clock.Now.AddSeconds(10), CancellationToken.None);
        clock.Now = clock.Now.AddSeconds(35);
        var afterChange = await sut.HandleAsync(tick, CancellationToken.None);
        clock.Now = clock.Now.AddMinutes(1);
        var idle = await sut.HandleAsync(tick, CancellationToken.None);
        await changes.RecordAsync("0123456789abcdef0123456789abcdef", clock.Now, CancellationToken.None);
        clock.Now = clock.Now.AddMinutes(1);
        var afterRedelivery = await sut.HandleAsync(tick, CancellationToken.None);

        Assert.Null(nothingYet);
        Assert.NotNull(afterChange);
        Assert.Null(idle);
        Assert.NotNull(afterRedelivery);
        Assert.Equal("202611220958", (await changes.WatermarkAsync(RollupReliabilityFunction.Name, CancellationToken.None)).Bucket);
    }

    [Fact]
    public async Task Pending_RecordWrittenLateIntoAnOlderMinute_IsStillFoundByTheNextTick()
    {
        var options = new PipelineOptions { TablePrefix = "w" + Guid.NewGuid().ToString("N")[..12] };
        await fixture.Account.Tables.CreateIfNotExistsAsync(options.Tables.Changes);
        var changes = new ChangeLog(fixture.Account, options.Tables);
        var rollupStarted = new DateTimeOffset(2026, 11, 22, 10, 3, 5, TimeSpan.Zero);

        // Stamped at 10:02:59 by an extraction whose write lands only after a rollup that started at 10:03:05 read.
        await changes.RecordAsync("late", rollupStarted.AddSeconds(-6), CancellationToken.None);
        var pending = await changes.PendingAsync(ChangeLog.WatermarkAfter(rollupStarted), CancellationToken.None);

        Assert.Equal(["late"], pending.Select(p => p.RowKey));
    }

    [Fact]
    public async Task Advance_StaleETag_LosesToTheInstanceThatMovedFirst()
    {
        var options = new PipelineOptions { TablePrefix = "w" + Guid.NewGuid().ToString("N")[..12] };
        await fixture.Account.Tables.CreateIfNotExistsAsync(options.Tables.RollupState);
        var changes = new ChangeLog(fixture.Account, options.Tables);
        Assert.True(await changes.AdvanceAsync("F", "202611221000", null, CancellationToken.None));
        var (_, etag) = await changes.WatermarkAsync("F", CancellationToken.None);

        var first = await changes.AdvanceAsync("F", "202611221001", etag, CancellationToken.None);
        var second = await changes.AdvanceAsync("F", "202611221002", etag, CancellationToken.None);

        Assert.True(first);
        Assert.False(second);
        Assert.Equal("202611221001", (await changes.WatermarkAsync("F", CancellationToken.None)).Bucket);
    }

    private sealed class SettableClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
