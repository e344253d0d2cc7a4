using System.CommandLine;
using System.Globalization;
using Pipeline.Core.Articles;
using Pipeline.Host.Persistence;
using Pipeline.Storage;
using Pipeline.Storage.Blobs;
using Spectre.Console;

namespace Pipeline.Host.Cli;

/// <summary><c>pipeline upload</c>: send article files to the articles container with their metadata, optionally waiting for the outcome.</summary>
public static class UploadCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders to upload.", Arity = ArgumentArity.OneOrMore };
        var source = new Option<string?>("--source") { Description = "The outlet id (default: the sub-folder name, or the blob path)." };
        var published = new Option<string?>("--published") { Description = "Publication date YYYY-MM-DD (default: a date at the start of the file name)." };
        var recursive = new Option<bool>("--recursive", "-r") { Description = "Include files in sub-folders." };
        var wait = new Option<bool>("--wait") { Description = "Wait until every upload is processed, a duplicate or rejected, and print the outcome." };
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait with --wait.", DefaultValueFactory = _ => 120 };
        var command = new Command("upload", "Upload article files to blob storage for ingestion.") { paths, source, published, recursive, wait, timeout };
        CliStorage.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            DateOnly? date = null;
            if (parse.GetValue(published) is { } raw)
            {
                if (!PublishedDate.TryParse(raw, out var parsed))
                {
                    await Console.Error.WriteLineAsync($"error: --published '{raw}' is not a date (YYYY-MM-DD).");
                    return PipelineCli.Usage;
                }

                date = parsed;
            }

            var items = UploadPlan.Build(parse.GetValue(paths)!, parse.GetValue(source), date, parse.GetValue(recursive));
            var (storage, options) = CliStorage.Open(parse);
            using (storage)
            {
                var uploaded = await UploadAllAsync(storage, options.ArticlesContainer, items, ct);
                return parse.GetValue(wait) ? await UploadWaiter.WaitAsync(storage, options, uploaded, TimeSpan.FromSeconds(parse.GetValue(timeout)), ct) : PipelineCli.Ok;
            }
        });
        return command;
    }

    /// <summary>A progress bar on a terminal; a line per file when the output is a log or a pipe.</summary>
    private static async Task<List<UploadItem>> UploadAllAsync(StorageAccount storage, string container, List<UploadItem> items, CancellationToken ct)
    {
        await storage.Blobs.CreateContainerIfNotExistsAsync(container, ct);
        var outcome = new UploadTally();
        if (AnsiConsole.Profile.Capabilities.Interactive)
        {
            await AnsiConsole.Progress().StartAsync(async progress =>
            {
                var bar = progress.AddTask("Uploading", maxValue: items.Count);
                foreach (var item in items)
                {
                    await UploadOneAsync(storage, container, item, outcome, ct);
                    bar.Increment(1);
                }
            });
        }
        else
        {
            foreach (var item in items)
            {
                await UploadOneAsync(storage, container, item, outcome, ct);
                AnsiConsole.MarkupLineInterpolated($"{(outcome.Uploaded.Contains(item) ? "uploaded" : "[red]refused[/]")} [blue]{item.BlobName}[/] ({outcome.Uploaded.Count + outcome.Refused.Count}/{items.Count})");
            }
        }

        foreach (var (item, reason) in outcome.Refused)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]refused[/] {item.File.FullName}: {reason}");
        }

        AnsiConsole.MarkupLineInterpolated($"[bold]{outcome.Uploaded.Count} uploaded, {outcome.Refused.Count} refused[/]");
        return outcome.Uploaded;
    }

    private static async Task UploadOneAsync(StorageAccount storage, string container, UploadItem item, UploadTally outcome, CancellationToken ct)
    {
        var problem = !item.File.Exists ? "no such file" : item.File.Length > Core.Articles.ArticleParser.MaxBytes ? $"larger than {Core.Articles.ArticleParser.MaxBytes} bytes" : null;
        if (problem is not null)
        {
            outcome.Refused.Add((item, problem));
            return;
        }

        var metadata = new Dictionary<string, string>();
        if (item.Source is not null)
        {
            metadata["source"] = item.Source;
        }

        if (item.Published is { } day)
        {
            metadata["published"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        await storage.Blobs.UploadAsync(container, item.BlobName, await File.ReadAllBytesAsync(item.File.FullName, ct),
            new BlobUploadOptions { ContentType = ContentTypes.Of(item.File.Name), Metadata = metadata }, ct);
        outcome.Uploaded.Add(item);
    }

    private sealed class UploadTally
    {
        public List<UploadItem> Uploaded { get; } = [];

        public List<(UploadItem Item, string Reason)> Refused { get; } = [];
    }
}
