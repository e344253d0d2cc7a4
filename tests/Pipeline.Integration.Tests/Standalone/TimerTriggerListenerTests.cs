using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Host.Functions;
using Pipeline.Host.Standalone;
using Pipeline.Integration.Tests.Support;

namespace Pipeline.Integration.Tests.Standalone;

[Collection(AzuriteCollection.Name)]
public class TimerTriggerListenerTests(AzuriteFixture fixture)
{
    [Fact]
    public async Task Fire_TwoInstancesSameTick_RunsOncePerTick()
    {
        var hostId = AzuriteFixture.UniqueName("h")[..20];
        var runs = new List<DateTimeOffset?>();
        Task Invoke(TimerTriggerInput input, CancellationToken ct)
        {
            lock (runs)
            {
                runs.Add(input.Next);
            }

            return Task.Delay(300, ct);
        }

        var first = CreateSut(hostId, Invoke);
        var second = CreateSut(hostId, Invoke);
        await fixture.Account.Blobs.CreateContainerIfNotExistsAsync(HostsContainer.Name);
        var tick = new DateTimeOffset(2026, 11, 22, 5, 0, 0, TimeSpan.Zero);
        var nextTick = first.NextOccurrence(tick);

        var ranFirstTick = await Task.WhenAll(first.FireAsync(tick, CancellationToken.None), second.FireAsync(tick, CancellationToken.None));
        var ranFirstTickLate = await second.FireAsync(tick, CancellationToken.None);
        var ranNextTick = await Task.WhenAll(second.FireAsync(nextTick, CancellationToken.None), first.FireAsync(nextTick, CancellationToken.None));

        Assert.Equal(1, ranFirstTick.Count(r => r));
        Assert.False(ranFirstTickLate);
        Assert.Equal(1, ranNextTick.Count(r => r));
        Assert.Equal([tick, nextTick], runs);
    }

    [Fact]
    public void NextOccurrence_SixFieldSchedule_IsEveryFiveMinutesAtSecondZero()
    {
        var sut = CreateSut("h", (_, _) => Task.CompletedTask);

        var next = sut.NextOccurrence(new DateTimeOffset(2026, 11, 22, 5, 3, 17, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2026, 11, 22, 5, 5, 0, TimeSpan.Zero), next);
    }

    private TimerTriggerListener CreateSut(string hostId, Func<TimerTriggerInput, CancellationToken, Task> invoke) =>
        new("RollupReliability", "0 */5 * * * *", invoke, fixture.Account, hostId, TimeProvider.System, NullLogger.Instance);
}
