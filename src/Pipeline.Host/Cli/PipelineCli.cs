using System.CommandLine;

namespace Pipeline.Host.Cli;

/// <summary>The <c>pipeline</c> command line. Exit codes: 0 ok, 1 failure, 2 bad usage.</summary>
public static class PipelineCli
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int Usage = 2;

    private static readonly string[] Commands = ["upload", "extract", "report", "rollup", "truth-eval", "status", "help", "--help", "-h", "-?", "--version"];

    /// <summary>No command, <c>serve</c>, or only host settings (<c>--urls ...</c>) start the app.</summary>
    public static bool IsServe(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args.Length == 0 || args[0] == "serve" || !Commands.Contains(args[0]) && args[0].StartsWith("--", StringComparison.Ordinal);
    }

    public static string[] ServeArguments(string[] args) => args.Length > 0 && args[0] == "serve" ? args[1..] : args;

    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("Pipeline: ingest news articles, extract checkable claims, and score how reliable each source is.")
        {
            new Command("serve", "Run the app (the default): the custom handler under the Functions host, or standalone with its own triggers and the API on http://127.0.0.1:7071."),
            UploadCommand.Create(),
            ExtractCommand.Create(),
            ReportCommand.Create(),
            RollupCommand.Create(),
            TruthEvalCommand.Create(),
            StatusCommand.Create(),
        };
        root.Options.Add(new Option<bool>("--verbose") { Description = "Print stack traces with errors.", Recursive = true });
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                await Console.Error.WriteLineAsync($"error: {error.Message}");
            }

            await Console.Error.WriteLineAsync("Run 'pipeline --help' for usage.");
            return Usage;
        }

        try
        {
            return await result.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One clear line; the stack trace only when asked for.
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            if (args.Contains("--verbose"))
            {
                await Console.Error.WriteLineAsync(e.ToString());
            }

            return Failure;
        }
    }
}
