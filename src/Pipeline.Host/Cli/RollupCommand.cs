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
                var result = parse.GetValue(full)
                    ? await function.RecomputeAsync(isPastDue: false, ct)
                    : await function.HandleAsync(new TimerTriggerInput(false, null, null), ct);
                Console.Out.WriteLine(result is null
                    ? "Nothing changed since the last rollup."
                    : $"Rolled up {result.Facts.Count} facts ({result.Facts.Count(f => f.IsContested)} contested) and {result.Sources.Count} sources.");
                return PipelineCli.Ok;
            }
        });
        return command;
    }
}
