using System.CommandLine;
using System.Text.Json;
using Pipeline.Host.Contracts;
using Pipeline.Host.Persistence;
using Pipeline.Storage.Tables;
using Spectre.Console;

namespace Pipeline.Host.Cli;

/// <summary><c>pipeline status</c>: what is queued, being processed, poisoned and rejected.</summary>
public static class StatusCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print JSON for scripts." };
        var command = new Command("status", "Show queue depths and how every upload ended (processed, duplicate, rejected).") { json };
        CliStorage.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var (storage, options) = CliStorage.Open(parse);
            using (storage)
            {
                var uploads = await TableReads.ListAsync(storage, options.Tables.Uploads, new TableQuery(Select: ["PartitionKey", "RowKey", "Blob", "Status", "Reason", "ArticleId", "At"]), UploadRow.FromEntity, ct);
                var queued = (await TableReads.ListAsync(storage, options.Tables.Articles, new TableQuery(TableFilter.Equal("Status", ArticleRow.Queued), ["PartitionKey", "RowKey"]), e => e.RowKey, ct)).Count;
                var status = new PipelineStatus(
                    await storage.Queues.GetApproximateCountAsync(options.ClaimsQueue, ct),
                    await storage.Queues.GetApproximateCountAsync(options.ClaimsQueue + "-poison", ct),
                    queued,
                    uploads.GroupBy(u => u.Status.ToString().ToLowerInvariant()).ToDictionary(g => g.Key, g => g.Count()),
                    uploads.Where(u => u.Status == UploadStatus.Rejected).Select(u => new RejectedUpload(u.Blob, u.Reason ?? string.Empty)).ToList());
                Print(status, parse.GetValue(json));
                return PipelineCli.Ok;
            }
        });
        return command;
    }

    private static void Print(PipelineStatus status, bool json)
    {
        if (json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(status, ContractJson.Indented));
            return;
        }

        var table = new Table().Title("Pipeline status").AddColumns("What", "Count");
        table.AddRow("messages queued for extraction", status.Queued.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("articles awaiting extraction", status.ArticlesAwaitingExtraction.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("poisoned messages", status.Poisoned.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (outcome, count) in status.Uploads.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            table.AddRow($"uploads {outcome}", count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        AnsiConsole.Write(table);
        foreach (var rejected in status.Rejected)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]rejected[/] {rejected.Blob}: {rejected.Reason}");
        }
    }

    public sealed record PipelineStatus(int Queued, int Poisoned, int ArticlesAwaitingExtraction, IReadOnlyDictionary<string, int> Uploads, IReadOnlyList<RejectedUpload> Rejected);

    public sealed record RejectedUpload(string Blob, string Reason);
}
