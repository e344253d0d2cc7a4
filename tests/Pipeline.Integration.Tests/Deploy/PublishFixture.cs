using System.Diagnostics;
using System.Text;
using Pipeline.Integration.Tests.Support;

namespace Pipeline.Integration.Tests.Deploy;

/// <summary>
/// Runs the Azure publish once per test class: <c>dotnet publish src/Pipeline.Host -c Release -r linux-x64 --self-contained</c>
/// into a temp folder, with its own ArtifactsPath so it never shares artifacts/obj with a concurrent build.
/// A local.settings.json is put in the repository root for the publish (if none is there), so its exclusion is tested.
/// </summary>
public sealed class PublishFixture : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(6);

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), $"pipeline-publish-{Guid.NewGuid():N}"[..32]);

    public string Output => Path.Combine(Folder, "publish");

    public int ExitCode { get; private set; } = -1;

    public bool LocalSettingsExisted { get; private set; }

    public string Log { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var localSettings = RepositoryPaths.InRoot("local.settings.json");
        var created = !File.Exists(localSettings);
        if (created)
        {
            File.Copy(RepositoryPaths.InRoot("local.settings.sample.json"), localSettings);
        }

        try
        {
            LocalSettingsExisted = File.Exists(localSettings);
            await PublishAsync();
        }
        finally
        {
            if (created)
            {
                File.Delete(localSettings);
            }
        }
    }

    public Task DisposeAsync()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }

        return Task.CompletedTask;
    }

    private async Task PublishAsync()
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            "publish", Path.Combine("src", "Pipeline.Host"), "-c", "Release", "-r", "linux-x64", "--self-contained",
            "-o", Output, $"-p:ArtifactsPath={Path.Combine(Folder, "artifacts")}",
            "--disable-build-servers", "-nologo", "-v:m",
        })
        {
            start.ArgumentList.Add(argument);
        }

        // The test host's MSBuild variables would point the child at the test run's MSBuild instead of its own.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        var log = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
            ExitCode = process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            log.AppendLine($"dotnet publish did not finish within {Timeout}.");
        }

        lock (log)
        {
            Log = log.ToString();
        }
    }
}
