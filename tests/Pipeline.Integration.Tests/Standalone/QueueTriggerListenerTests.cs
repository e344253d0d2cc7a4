using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Host.Configuration;
using Pipeline.Host.Functions;
using Pipeline.Host.Standalone;
using Pipeline.Integration.Tests.Support;

namespace Pipeline.Integration.Tests.Standalone;

[Collection(AzuriteCollection.Name)]
public class QueueTriggerListenerTests(AzuriteFixture fixture)
{
    private static readonly HostJson FastRetries = HostJson.Defaults with { VisibilityTimeout = TimeSpan.Zero, MaxPollingInterval = TimeSpan.FromMilliseconds(200) };

    [Fact]
    public async Task PollOnce_MessageAlwaysFails_EndsInPoisonQueueAfterFiveDeliveries()
    {
        var queue = AzuriteFixture.UniqueName("claims");
        var deliveries = new List<long>();
        var sut = CreateSut(queue, (input, _) =>
        {
            lock (deliveries)
            {
                deliveries.Add(input.DequeueCount);
            }

            throw new InvalidOperationException("always fails");
        });
        await fixture.Account.Queues.CreateIfNotExistsAsync(queue);
        await fixture.Account.Queues.SendAsync(queue, "{\"articleId\":\"x\"}");

        await Eventually.ReturnsAsync(async () => { await sut.PollOnceAsync(CancellationToken.None); return await fixture.Account.Queues.GetApproximateCountAsync(sut.PoisonQueue); }, n => n == 1, TimeSpan.FromSeconds(30), "the poison message");

        Assert.Equal([1L, 2L, 3L, 4L, 5L], deliveries);
        Assert.Equal("{\"articleId\":\"x\"}", Assert.Single(await fixture.Account.Queues.PeekAsync(sut.PoisonQueue)).Text);
        Assert.Equal(0, await fixture.Account.Queues.GetApproximateCountAsync(queue));
    }

    [Fact]
    public async Task PollOnce_MessageSucceeds_IsDeletedAfterOneDelivery()
    {
        var queue = AzuriteFixture.UniqueName("claims");
        var texts = new List<string>();
        var sut = CreateSut(queue, (input, _) =>
        {
            texts.Add(input.Text);
            return Task.CompletedTask;
        });
        await fixture.Account.Queues.CreateIfNotExistsAsync(queue);
        await fixture.Account.Queues.SendAsync(queue, "hello");

        var handled = await sut.PollOnceAsync(CancellationToken.None);

        Assert.Equal(1, handled);
        Assert.Equal(["hello"], texts);
        Assert.Equal(0, await fixture.Account.Queues.GetApproximateCountAsync(queue));
    }

    private QueueTriggerListener CreateSut(string queue, Func<QueueTriggerInput, CancellationToken, Task> invoke) =>
        new(queue, invoke, fixture.Account, FastRetries, TimeProvider.System, NullLogger.Instance, lease: TimeSpan.FromSeconds(30));
}
