using Pipeline.Host.Configuration;
using Pipeline.Host.Persistence;
using Pipeline.Storage;
using Spectre.Console;

namespace Pipeline.Host.Cli;

/// <summary>Polls until each upload has an outcome and each processed article has its claims, then prints the outcomes.</summary>
public static class UploadWaiter
{
    public static async Task<int> WaitAsync(StorageAccount storage, PipelineOptions options, List<UploadItem> items, TimeSpan timeout, CancellationToken ct)
    {
        var deadline = TimeProvider.System.GetTimestamp() + (long)(timeout.TotalSeconds * TimeProvider.System.TimestampFrequency);
        var outcomes = new Dictionary<string, UploadRow>(StringComparer.Ordinal);
        while (outcomes.Count < items.Count && TimeProvider.System.GetTimestamp() < deadline)
        {
            foreach (var item in items.Where(i => !outcomes.ContainsKey(i.BlobName)))
            {
                if (await OutcomeAsync(storage, options, item.BlobName, ct) is { } outcome)
                {
                    outcomes[item.BlobName] = outcome;
                }
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), ct);
        }

        foreach (var item in items)
        {
            var text = outcomes.TryGetValue(item.BlobName, out var o) ? $"{o.Status.ToString().ToLowerInvariant()} {o.Reason}".TrimEnd() : "still pending";
            AnsiConsole.MarkupLineInterpolated($"{item.BlobName}: [bold]{text}[/]");
        }

        var counts = outcomes.Values.GroupBy(o => o.Status).ToDictionary(g => g.Key, g => g.Count());
        AnsiConsole.MarkupLineInterpolated($"[bold]{counts.GetValueOrDefault(UploadStatus.Processed)} processed, {counts.GetValueOrDefault(UploadStatus.Duplicate)} duplicate, {counts.GetValueOrDefault(UploadStatus.Rejected)} rejected, {items.Count - outcomes.Count} pending[/]");

        return outcomes.Count == items.Count ? PipelineCli.Ok : PipelineCli.Failure;
    }

    /// <summary>The final outcome, or null while the upload or its extraction is still in flight.</summary>
    private static async Task<UploadRow?> OutcomeAsync(StorageAccount storage, PipelineOptions options, string blob, CancellationToken ct)
    {
        var key = KeyHash.Of(blob);
        var row = await storage.Tables.GetIfExistsAsync(options.Tables.Uploads, KeyHash.Bucket(key), key, ct);
        if (row is null)
        {
            return null;
        }

        var upload = UploadRow.FromEntity(row);
        if (upload.Status != UploadStatus.Processed)
        {
            return upload;
        }

        var article = await storage.Tables.GetIfExistsAsync(options.Tables.Articles, ArticleRow.PartitionOf(upload.ArticleId!), upload.ArticleId!, ct);
        return article?.GetString("Status") == ArticleRow.Processed ? upload : null;
    }
}
