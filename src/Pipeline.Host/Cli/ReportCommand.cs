using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Pipeline.Host.Contracts;
using Pipeline.Host.Persistence;
using Pipeline.Storage.Tables;
using Spectre.Console;

namespace Pipeline.Host.Cli;

/// <summary><c>pipeline report</c>: the source table and the conflicts from Table Storage, as tables or JSON.</summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print JSON for scripts instead of tables." };
        var claims = new Option<bool>("--claims") { Description = "Also list the claims of every article." };
        var source = new Option<string?>("--source") { Description = "Only this source: its articles, and the conflicts it is part of." };
        var conflictsOnly = new Option<bool>("--conflicts") { Description = "Only the contested facts." };
        var command = new Command("report", "Show per-source reliability and the contested facts.") { json, claims, source, conflictsOnly };
        CliStorage.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var (storage, options) = CliStorage.Open(parse);
            using (storage)
            {
                var tables = options.Tables;
                var report = new Report(
                    [.. (await TableReads.ListAsync(storage, tables.Articles, null, ArticleRow.FromEntity, ct)).OrderBy(a => a.Source).ThenBy(a => a.FirstBlob)],
                    [.. (await TableReads.ListAsync(storage, tables.Sources, null, SourceRow.ToDto, ct)).OrderByDescending(s => s.Score).ThenBy(s => s.Source, StringComparer.Ordinal)],
                    await TableReads.ListAsync(storage, tables.Facts, new TableQuery(TableFilter.Compare("Contested", "eq", true)), FactRow.ToDto, ct));
                report = Narrow(report, parse.GetValue(source), parse.GetValue(conflictsOnly));
                if (parse.GetValue(json))
                {
                    Console.Out.WriteLine(JsonSerializer.Serialize(report, ContractJson.Indented));
                    return PipelineCli.Ok;
                }

                if (parse.GetValue(claims))
                {
                    await ClaimsTable.PrintAsync(storage, tables, report.Articles, ct);
                }

                Print(report);
                return PipelineCli.Ok;
            }
        });
        return command;
    }

    private static Report Narrow(Report report, string? source, bool conflictsOnly)
    {
        if (source is not null)
        {
            report = new Report(
                report.Articles.Where(a => a.Source == source).ToList(),
                report.Sources.Where(s => s.Source == source).ToList(),
                report.Conflicts.Where(f => f.AgreeingSources.Contains(source) || f.Conflicts.Any(c => c.Sources.Contains(source))).ToList());
        }

        return conflictsOnly ? report with { Articles = [], Sources = [] } : report;
    }

    private static void Print(Report report)
    {
        var articles = new Table().Title("Articles").AddColumns("Source", "Blob", "Status", "Claims");
        report.Articles.ForEach(a => articles.AddRow(Markup.Escape(a.Source), Markup.Escape(a.FirstBlob), a.Status, a.ClaimCount.ToString(CultureInfo.InvariantCulture)));
        var conflicts = new Table().Title("Conflicts").AddColumns("Fact", "Consensus", "Agreeing", "Contradicting");
        report.Conflicts.ForEach(f => conflicts.AddRow(Markup.Escape(f.FactKey), Markup.Escape(f.Label), Markup.Escape(string.Join(", ", f.AgreeingSources)),
            Markup.Escape(string.Join("; ", f.Conflicts.Select(c => $"{string.Join(", ", c.Sources)}: {c.Value}")))));
        var sources = new Table().Title("Sources").AddColumns("Source", "Score", "95% interval", "Claims", "Agree", "Contradict", "Unique", "Copies", "Flags");
        report.Sources.ForEach(s => sources.AddRow(Markup.Escape(s.Source), s.Score.ToString("0.00", CultureInfo.InvariantCulture),
            $"{s.Lower.ToString("0.00", CultureInfo.InvariantCulture)}-{s.Upper.ToString("0.00", CultureInfo.InvariantCulture)}",
            Int(s.Claims), Int(s.Agreements), Int(s.Contradictions), Int(s.Unique), Int(s.Copies), Int(s.Flags)));
        AnsiConsole.Write(articles);
        AnsiConsole.Write(conflicts);
        AnsiConsole.Write(sources);
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public sealed record Report(List<ArticleRow> Articles, List<SourceDto> Sources, List<FactDto> Conflicts);
}
