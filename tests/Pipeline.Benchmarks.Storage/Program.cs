using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Pipeline.Benchmarks.Storage;
using Pipeline.Storage;

// Our client vs the official JS SDK on the same fresh Azurite, phase by phase (see docs/benchmarks.md, "Storage client").
// Usage: dotnet run -c Release --project tests/Pipeline.Benchmarks.Storage -- [seconds per run, default 5] [repetitions, default 3]
//    or: dotnet run -c Release --project tests/Pipeline.Benchmarks.Storage -- rollup [base claims, default 20000] [new claims, default 1000]
if (args.Length > 0 && args[0] == "rollup")
{
    await RollupTickBench.RunAsync(FindRoot(),
        args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000,
        args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1_000);
    return;
}

var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
var repetitions = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
var root = FindRoot();
var results = new List<Result>();
foreach (var phase in new[] { "queue", "upsert", "batch", "blob" })
{
    for (var rep = 0; rep < repetitions; rep++)
    {
        // A fresh emulator per pair keeps Azurite's slow-down with stored data and churn (reference §5) out of the ratio;
        // the order alternates so neither client always meets the warmer emulator.
        await using var azurite = await BenchAzurite.StartAsync(root);
        using var account = new StorageAccount(azurite.Connection, new StorageOptions(), TimeProvider.System);
        var pair = new List<Result>();
        foreach (var client in rep % 2 == 0 ? new[] { "ours", "js" } : ["js", "ours"])
        {
            pair.Add(client == "ours"
                ? await OurPhases.RunAsync(phase, account, TimeSpan.FromSeconds(seconds))
                : await RunNodeAsync(root, phase, azurite.ConnectionString, seconds));
        }

        results.AddRange(pair);
        Console.WriteLine(string.Join("  ", pair.Select(r => $"{r.Phase,-6} {r.Client,-4} {r.PerSecond,8:F0}/s")));
    }
}

Console.WriteLine();
Console.WriteLine("| phase | ours ops/s (median) | JS SDK ops/s (median) | ratio | ours bytes allocated per call |");
Console.WriteLine("|---|---|---|---|---|");
foreach (var phase in results.GroupBy(r => r.Phase))
{
    var ours = Median(phase.Where(r => r.Client == "ours").Select(r => r.PerSecond));
    var js = Median(phase.Where(r => r.Client == "js").Select(r => r.PerSecond));
    var bytes = Median(phase.Where(r => r.Client == "ours").Select(r => r.BytesPerCall));
    Console.WriteLine($"| {phase.Key} | {ours:F0} | {js:F0} | {ours / js:F2} | {bytes:F0} |");
}

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToArray();
    return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
}

static async Task<Result> RunNodeAsync(string root, string phase, string connectionString, int seconds)
{
    var info = new ProcessStartInfo("node") { RedirectStandardOutput = true, UseShellExecute = false, WorkingDirectory = root };
    info.ArgumentList.Add(Path.Combine(root, "tests", "interop", "bench-storage.mjs"));
    info.ArgumentList.Add(phase);
    info.ArgumentList.Add(seconds.ToString(CultureInfo.InvariantCulture));
    info.Environment["AZURE_STORAGE_CONNECTION_STRING"] = connectionString;
    using var process = Process.Start(info)!;
    var output = await process.StandardOutput.ReadToEndAsync();
    await process.WaitForExitAsync();
    using var json = JsonDocument.Parse(output);
    return new Result(phase, "js", json.RootElement.GetProperty("ops").GetInt64(), json.RootElement.GetProperty("seconds").GetDouble(), double.NaN);
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "package.json")) && Directory.Exists(Path.Combine(dir.FullName, "node_modules")))
        {
            return dir.FullName;
        }
    }

    throw new DirectoryNotFoundException("Run 'npm ci' in the repository root first.");
}
