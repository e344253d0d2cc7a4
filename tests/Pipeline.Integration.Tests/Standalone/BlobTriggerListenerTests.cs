using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Host.Configuration;
using Pipeline.Host.Functions;
using Pipeline.Host.Standalone;
using Pipeline.Integration.Tests.Support;

namespace Pipeline.Integration.Tests.Standalone;

[Collection(AzuriteCollection.Name)]
public class BlobTriggerListenerTests(AzuriteFixture fixture)
{
    [Fact]
    public async Task Scan_TwoInstancesTwoScans_ProcessEachBlobVersionOnce()
    {
        var (container, hostId) = (AzuriteFixture.UniqueName("a"), AzuriteFixture.UniqueName("h")[..20]);
        var seen = new List<string>();
        Task Invoke(BlobTriggerInput input, CancellationToken ct)
        {
            lock (seen)
            {
                seen.Add($"{input.Name}={Encoding.UTF8.GetString(input.Content)}");
            }

            return Task.CompletedTask;
        }

        var (first, second) = (CreateSut(container, hostId, Invoke), CreateSut(container, hostId, Invoke));
        await fixture.Account.Blobs.CreateContainerIfNotExistsAsync(container);
        await fixture.Account.Blobs.CreateContainerIfNotExistsAsync(HostsContainer.Name);
        await fixture.Account.Blobs.UploadAsync(container, "s/one.txt", Encoding.UTF8.GetBytes("v1"));
        await fixture.Account.Blobs.UploadAsync(container, "s/two.txt", Encoding.UTF8.GetBytes("v1"));

        await Task.WhenAll(first.ScanOnceAsync(CancellationToken.None), second.ScanOnceAsync(CancellationToken.None));
        await second.ScanOnceAsync(CancellationToken.None);
        await fixture.Account.Blobs.UploadAsync(container, "s/one.txt", Encoding.UTF8.GetBytes("v2"));
        await first.ScanOnceAsync(CancellationToken.None);
        await second.ScanOnceAsync(CancellationToken.None);

        Assert.Equal(["s/one.txt=v1", "s/one.txt=v2", "s/two.txt=v1"], seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Scan_BlobAlwaysFails_SendsPoisonMessageAfterThreshold()
    {
        var (container, hostId) = (AzuriteFixture.UniqueName("a"), AzuriteFixture.UniqueName("h")[..20]);
        var attempts = 0;
        var sut = CreateSut(container, hostId, (_, _) => throw new InvalidOperationException($"attempt {++attempts}"));
        await fixture.Account.Blobs.CreateContainerIfNotExistsAsync(container);
        await fixture.Account.Blobs.CreateContainerIfNotExistsAsync(HostsContainer.Name);
        await fixture.Account.Queues.CreateIfNotExistsAsync(HostsContainer.BlobPoisonQueue);
        await fixture.Account.Blobs.UploadAsync(container, "bad.txt", Encoding.UTF8.GetBytes("x"));
        var poisonBefore = (await fixture.Account.Queues.PeekAsync(HostsContainer.BlobPoisonQueue)).Count(m => m.Text.Contains(container, StringComparison.Ordinal));

        for (var scan = 0; scan < 7; scan++)
        {
            await sut.ScanOnceAsync(CancellationToken.None);
        }

        var poison = (await fixture.Account.Queues.PeekAsync(HostsContainer.BlobPoisonQueue)).Where(m => m.Text.Contains(container, StringComparison.Ordinal)).ToList();
        Assert.Equal(5, attempts);
        Assert.Equal(0, poisonBefore);
        Assert.Equal("bad.txt", JsonDocument.Parse(Assert.Single(poison).Text).RootElement.GetProperty("BlobName").GetString());
    }

    private BlobTriggerListener CreateSut(string container, string hostId, Func<BlobTriggerInput, CancellationToken, Task> invoke) =>
        new("IngestArticle", container, invoke, fixture.Account, HostJson.Defaults, hostId, NullLogger.Instance);
}
