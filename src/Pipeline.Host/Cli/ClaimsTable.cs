using System.Text.Json;
using Pipeline.Host.Configuration;
using Pipeline.Host.Persistence;
using Pipeline.Storage;
using Pipeline.Storage.Tables;
using Spectre.Console;

namespace Pipeline.Host.Cli;

/// <summary>Prints each article's claims: the span, the normalised value and the fact key.</summary>
public static class ClaimsTable
{
    public static async Task PrintAsync(StorageAccount storage, TableNames tables, IEnumerable<ArticleRow> articles, CancellationToken ct)
    {
        foreach (var article in articles)
        {
            var table = new Table().Title(Markup.Escape($"{article.Source}: {article.FirstBlob}")).AddColumns("Claim", "Kind", "Value", "Qualifier", "Fact key");
            await foreach (var row in storage.Tables.QueryAsync(tables.Claims, new TableQuery(TableFilter.Equal("PartitionKey", article.ArticleId)), ct))
            {
                using var claim = JsonDocument.Parse(row.GetString("Json") ?? "{}");
                var c = claim.RootElement;
                table.AddRow(Markup.Escape(c.GetProperty("text").GetString() ?? string.Empty), c.GetProperty("kind").GetString() ?? string.Empty,
                    Markup.Escape(c.GetProperty("value").ToString()), c.GetProperty("qualifier").GetString() ?? string.Empty, Markup.Escape(c.GetProperty("factKey").GetString() ?? string.Empty));
            }

            AnsiConsole.Write(table);
        }
    }
}
