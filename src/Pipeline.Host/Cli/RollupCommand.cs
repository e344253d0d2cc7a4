using System.CommandLine;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Pipeline.Host.Functions.RollupReliability;

namespace Pipeline.Host.Cli;

/// <summary><c>pipeline rollup</c>: run the reliability rollup now instead of waiting for the timer.</summary>
public static class RollupCommand
{
    public static Command Create()
    {
        var full = new Option<bool>("--full") { Description = "Accepted for clarity: the command always recomputes every fact, whatever the watermark says." };
        var command = new Command("rollup", "Recompute facts and source reliability now (the timer does this on its schedule, when claims changed).") { full };
        CliStorage.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var (storage, options) = CliStorage.Open(parse);
            using (storage)
            {
                var function = new RollupReliabilityFunction(storage, Options.Create(options), TimeProvider.System, NullLogger<RollupReliabilityFunction>.Instance);
                var result = await function.RecomputeAsync(isPastDue: false, ct);
                Console.Out.WriteLine($"Rolled up {result.Facts.Count} facts ({result.Facts.Count(f => f.IsContested)} contested) and {result.Sources.Count} sources.");
                return PipelineCli.Ok;
            }
        });
        return command;
    }
}
