using System.Diagnostics;
using Pipeline.Storage;
using Pipeline.Storage.Blobs;
using Pipeline.Storage.Tables;

namespace Pipeline.Benchmarks.Storage;

/// <summary>The measured loops for our client: one caller (c=1), a fixed duration, operations and bytes allocated counted.</summary>
internal static class OurPhases
{
    public static async Task<Result> RunAsync(string phase, StorageAccount account, TimeSpan duration)
    {
        var payload = new byte[4096];
        var step = await SetUpAsync(phase, account);
        for (var i = 0; i < 50; i++)
        {
            await step(i);
        }

        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var ops = 0;
        while (clock.Elapsed < duration)
        {
            await step(ops + 1_000_000);
            ops++;
        }

        var seconds = clock.Elapsed.TotalSeconds;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        return new Result(phase, "ours", ops * Multiplier(phase), seconds, allocated / (double)ops);

        async Task<Func<int, Task>> SetUpAsync(string name, StorageAccount a)
        {
            switch (name)
            {
                case "queue":
                    await a.Queues.CreateIfNotExistsAsync("benchours");
                    return async _ =>
                    {
                        await a.Queues.SendAsync("benchours", "{\"articleId\":\"0123456789abcdef\",\"blob\":\"incoming/a.json\"}");
                        var message = (await a.Queues.ReceiveAsync("benchours", 1, TimeSpan.FromSeconds(30)))[0];
                        await a.Queues.DeleteMessageAsync("benchours", message.MessageId, message.PopReceipt);
                    };
                case "upsert":
                    await a.Tables.CreateIfNotExistsAsync("benchours");
                    return i => a.Tables.UpsertAsync("benchours", Entity($"p{i % 100}", $"r{i}"));
                case "batch":
                    await a.Tables.CreateIfNotExistsAsync("benchours");
                    return i => a.Tables.SubmitTransactionAsync("benchours", Enumerable.Range(0, 100)
                        .Select(j => new TableTransactionAction(TableTransactionActionType.UpsertReplace, Entity($"b{i}", $"r{j}"))).ToList());
                default:
                    await a.Blobs.CreateContainerIfNotExistsAsync("benchours");
                    return i => a.Blobs.UploadAsync("benchours", $"incoming/{i}.json", payload, new BlobUploadOptions { ContentType = "application/json" });
            }
        }
    }

    public static int Multiplier(string phase) => phase == "batch" ? 100 : 1;

    private static TableEntity Entity(string pk, string rk) => new(pk, rk)
    {
        ["Score"] = 0.875, ["Count"] = 12345678901L, ["Source"] = "reuters", ["When"] = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
    };
}

internal sealed record Result(string Phase, string Client, long Operations, double Seconds, double BytesPerCall)
{
    public double PerSecond => Operations / Seconds;
}
