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
        var full = new Option<bool>("--full") { Description = "Recompute every fact and re-estimate every source, instead of only what changed since the last rollup." };
        var command = new Command("rollup", "Roll up facts and source reliability now, as the timer does on its schedule.") { full };
        CliStorage.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var (storage, options) = CliStorage.Open(parse);
            using (storage)
            {
                var function = new RollupReliabilityFunction(storage, Options.Create(options), TimeProvider.System, NullLogger<RollupReliabilityFunction>.Instance);
                var wantsFull = parse.GetValue(full);
                var result = wantsFull
                    ? await function.RecomputeAsync(isPastDue: false, ct)
                    : await function.HandleAsync(new TimerTriggerInput(false, null, null), ct);
                if (result is null && wantsFull)
                {
                    Console.Error.WriteLine("error: another rollup is running; run this again when it has finished.");
                    return PipelineCli.Failure;
                }

                Console.Out.WriteLine(result is null
                    ? "Nothing rolled up: nothing changed since the last rollup, or another rollup is running."
                    : $"Rolled up {result.Facts.Count} facts ({result.Facts.Count(f => f.IsContested)} contested) and {result.Sources.Count} sources.");
                return PipelineCli.Ok;
            }
        });
        return command;
    }
}
