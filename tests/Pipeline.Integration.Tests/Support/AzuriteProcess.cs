using System.Diagnostics;
using System.Net.Sockets;
using Pipeline.Storage.Auth;

namespace Pipeline.Integration.Tests.Support;

/// <summary>
/// One Azurite process on free loopback ports: in memory by default, or on a disk folder so a test can stop it
/// (SIGTERM, so it saves) and start it again on the same data.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    private readonly Process _process;

    private AzuriteProcess(Process process, int[] ports, string? location)
    {
        _process = process;
        Ports = ports;
        Location = location;
    }

    public int[] Ports { get; }

    public string? Location { get; }

    public StorageConnection Connection => StorageConnection.Development("127.0.0.1", Ports[0], Ports[1], Ports[2]);

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={StorageConnection.DevelopmentAccountName};AccountKey={StorageConnection.DevelopmentAccountKey};"
        + $"BlobEndpoint=http://127.0.0.1:{Ports[0]}/{StorageConnection.DevelopmentAccountName};"
        + $"QueueEndpoint=http://127.0.0.1:{Ports[1]}/{StorageConnection.DevelopmentAccountName};"
        + $"TableEndpoint=http://127.0.0.1:{Ports[2]}/{StorageConnection.DevelopmentAccountName};";

    public static async Task<AzuriteProcess> StartAsync(string? location = null, int[]? ports = null)
    {
        var script = RepositoryPaths.InRoot("node_modules", "azurite", "dist", "src", "azurite.js");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException($"Azurite is not installed at {script}. Run 'npm ci' in the repository root (./pipeline.sh test does it).");
        }

        ports ??= FreePorts.Take(3);
        var info = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in Arguments(script, ports, location))
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start node.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var azurite = new AzuriteProcess(process, ports, location);
        await azurite.WaitUntilListeningAsync();
        return azurite;
    }

    /// <summary>Stops with SIGTERM so Azurite flushes what it acknowledged; SIGKILL would lose up to 5 s of writes.</summary>
    public Task StopAsync() => GracefulStop.StopAsync(_process);

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process.Dispose();
    }

    private static IEnumerable<string> Arguments(string script, int[] ports, string? location)
    {
        yield return script;
        foreach (var (service, port) in new[] { ("blob", ports[0]), ("queue", ports[1]), ("table", ports[2]) })
        {
            yield return $"--{service}Host";
            yield return "127.0.0.1";
            yield return $"--{service}Port";
            yield return port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        yield return "--skipApiVersionCheck";
        yield return "--disableTelemetry";
        yield return "--silent";
        if (location is null)
        {
            yield return "--inMemoryPersistence";
        }
        else
        {
            yield return "--location";
            yield return location;
        }
    }

    private async Task WaitUntilListeningAsync()
    {
        var deadline = Stopwatch.StartNew();
        foreach (var port in Ports)
        {
            while (true)
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException($"Azurite exited with code {_process.ExitCode} before listening.");
                }

                try
                {
                    using var client = new TcpClient();
                    await client.ConnectAsync("127.0.0.1", port);
                    break;
                }
                catch (SocketException) when (deadline.Elapsed < TimeSpan.FromSeconds(30))
                {
                    await Task.Delay(100);
                }
            }
        }
    }
}
