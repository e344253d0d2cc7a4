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

    private static async Task<List<UploadItem>> UploadAllAsync(StorageAccount storage, string container, List<UploadItem> items, CancellationToken ct)
    {
        var uploaded = new List<UploadItem>();
        var refused = 0;
        await storage.Blobs.CreateContainerIfNotExistsAsync(container, ct);
        foreach (var item in items)
        {
            var problem = !item.File.Exists ? "no such file" : item.File.Length > Core.Articles.ArticleParser.MaxBytes ? $"larger than {Core.Articles.ArticleParser.MaxBytes} bytes" : null;
            if (problem is not null)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]refused[/] {item.File.FullName}: {problem}");
                refused++;
                continue;
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
            uploaded.Add(item);
            AnsiConsole.MarkupLineInterpolated($"uploaded [blue]{item.BlobName}[/] ({uploaded.Count + refused}/{items.Count})");
        }

        AnsiConsole.MarkupLineInterpolated($"[bold]{uploaded.Count} uploaded, {refused} refused[/]");
        return uploaded;
    }
}
