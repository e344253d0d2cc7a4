using System.CommandLine;
using System.Text.Json;
using Pipeline.Core.Articles;
using Pipeline.Core.Claims;
using Pipeline.Host.Contracts;

namespace Pipeline.Host.Cli;

/// <summary><c>pipeline extract FILE... --format json</c>: offline extraction, printed in the contract format.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("files") { Description = "Article files (.txt, .md, .html, .json).", Arity = ArgumentArity.OneOrMore };
        var source = new Option<string?>("--source") { Description = "The outlet id, when the file does not carry one." };
        var published = new Option<string?>("--published") { Description = "The publication date, YYYY-MM-DD." };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json");
        var command = new Command("extract", "Extract the claims in article files, without storage, as one JSON document.") { files, source, published, format };
        command.SetAction(parse => Run(parse.GetValue(files)!, parse.GetValue(source), parse.GetValue(published)));
        return command;
    }

    private static int Run(FileInfo[] files, string? source, string? published)
    {
        DateOnly? date = null;
        if (published is not null)
        {
            if (!PublishedDate.TryParse(published, out var parsed))
            {
                Console.Error.WriteLine($"error: --published '{published}' is not a date (YYYY-MM-DD).");
                return PipelineCli.Usage;
            }

            date = parsed;
        }

        var articles = new List<ExtractedArticle>();
        foreach (var file in files)
        {
            if (!file.Exists)
            {
                Console.Error.WriteLine($"error: {file.FullName} does not exist.");
                return PipelineCli.Failure;
            }

            var result = ArticleParser.Parse(File.ReadAllBytes(file.FullName), file.Name, new ArticleHints(source, date, DefaultSource: "unknown"));
            if (!result.Succeeded)
            {
                Console.Error.WriteLine($"error: {file.Name}: {result.Rejection.Reason}");
                return PipelineCli.Failure;
            }

            articles.Add(ExtractedArticle.From(file.Name, result.Article, ClaimExtractor.Extract(result.Article)));
        }

        Console.Out.WriteLine(JsonSerializer.Serialize(new ExtractDocument(articles), ContractJson.Options));
        return PipelineCli.Ok;
    }
}
