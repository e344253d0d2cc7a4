using System.CommandLine;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Pipeline.Host.Functions;
using Pipeline.Host.Functions.RollupReliability;

namespace Pipeline.Host.Cli;

/// <summary><c>pipeline rollup</c>: run the reliability rollup now instead of waiting for the timer.</summary>
public static class RollupCommand
{
    public static Command Create()
    {
        var command = new Command("rollup", "Recompute facts and source reliability now (the timer does this on its schedule).");
        CliStorage.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var (storage, options) = CliStorage.Open(parse);
            using (storage)
            {
                var function = new RollupReliabilityFunction(storage, Options.Create(options), TimeProvider.System, NullLogger<RollupReliabilityFunction>.Instance);
                var result = await function.HandleAsync(new TimerTriggerInput(false, null, null), ct);
                Console.Out.WriteLine($"Rolled up {result.Facts.Count} facts ({result.Facts.Count(f => f.IsContested)} contested) and {result.Sources.Count} sources.");
                return PipelineCli.Ok;
            }
        });
        return command;
    }
}
