using System.Text;
using Pipeline.Integration.Tests.Storage.Fakes;
using Pipeline.Integration.Tests.Support;
using Pipeline.Storage;
using Pipeline.Storage.Blobs;
using Pipeline.Storage.Tables;

namespace Pipeline.Integration.Tests.Storage;

/// <summary>
/// A real outage: our own Azurite on a disk folder is stopped with SIGTERM (so it saves what it acknowledged) in the
/// middle of a sequence of writes, then started again on the same folder and ports. The client must retry through:
/// its retry budget (10 retries, delays up to 2 s, about 17 s) covers a restart on a busy 2-core machine.
/// </summary>
/// Runs in the Azurite collection (not in parallel with it) so that restarting node is not starved of CPU.
[Collection(AzuriteCollection.Name)]
public sealed class OutageTests : IAsyncLifetime
{
    private const int Writes = 24;
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("azurite-outage-");
    private readonly List<AzuriteProcess> _processes = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var process in _processes)
        {
            await process.DisposeAsync();
        }

        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Writes_AzuriteStoppedAndRestartedOnTheSameFolder_RetryThroughWithoutLossOrDuplicates()
    {
        var first = await AzuriteProcess.StartAsync(_folder.FullName);
        _processes.Add(first);
        var options = new StorageOptions { MaxRetries = 10, RetryBaseDelay = TimeSpan.FromMilliseconds(200), RetryMaxDelay = TimeSpan.FromSeconds(2), AttemptTimeout = TimeSpan.FromSeconds(3), BreakerMinimumThroughput = 1000 };
        var logs = new CapturingLoggerProvider();
        using var sut = new StorageAccount(first.Connection, options, TimeProvider.System, loggerFactory: logs);
        await sut.Tables.CreateIfNotExistsAsync("outage");
        await sut.Queues.CreateIfNotExistsAsync("outage");
        await sut.Blobs.CreateContainerIfNotExistsAsync("outage");

        Task? outage = null;
        for (var i = 0; i < Writes; i++)
        {
            if (i == Writes / 3)
            {
                outage = RestartAsync(first);
            }

            await sut.Tables.UpsertAsync("outage", new TableEntity("p", $"r{i:D2}") { ["N"] = i });
            await sut.Blobs.UploadAsync("outage", $"b{i:D2}", Encoding.UTF8.GetBytes($"{i}"), new BlobUploadOptions { OnlyIfNotExists = true });
            await sut.Queues.SendAsync("outage", $"m{i:D2}");
        }

        await outage!;
        var rows = await sut.Tables.QueryAsync("outage").ToListAsync();
        var blobs = await sut.Blobs.ListAsync("outage").ToListAsync();
        var messages = await sut.Queues.PeekAsync("outage", 32);

        Assert.Equal(2, _processes.Count);
        Assert.Contains(logs.Lines, line => line.Contains("retrying", StringComparison.Ordinal));
        Assert.Equal(Enumerable.Range(0, Writes), rows.Select(r => (int)r["N"]!));
        Assert.Equal(Enumerable.Range(0, Writes).Select(i => $"b{i:D2}"), blobs.Select(b => b.Name));
        Assert.Equal(Enumerable.Range(0, Writes).Select(i => $"m{i:D2}"), messages.Select(m => m.Text).Order(StringComparer.Ordinal));
    }

    private async Task RestartAsync(AzuriteProcess running)
    {
        await running.StopAsync();
        await Task.Delay(TimeSpan.FromSeconds(1));
        _processes.Add(await AzuriteProcess.StartAsync(_folder.FullName, running.Ports));
    }
}
