using System.Diagnostics;
using System.Text.Json;
using Pipeline.Integration.Tests.Support;

namespace Pipeline.Integration.Tests.Storage.Fakes;

/// <summary>Runs a node script from tests/interop with the connection string in the environment and parses its JSON stdout.</summary>
public static class NodeScript
{
    public static async Task<JsonElement> RunAsync(string script, string connectionString, params string[] arguments)
    {
        var info = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(RepositoryPaths.InRoot("tests", "interop", script));
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["AZURE_STORAGE_CONNECTION_STRING"] = connectionString;
        using var process = Process.Start(info)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"node {script} exited with {process.ExitCode}: {await stderr}");
        }

        using var json = JsonDocument.Parse(await stdout);
        return json.RootElement.Clone();
    }
}
