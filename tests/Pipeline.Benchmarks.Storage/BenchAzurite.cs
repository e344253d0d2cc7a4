using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Pipeline.Storage.Auth;

namespace Pipeline.Benchmarks.Storage;

/// <summary>A fresh in-memory Azurite on free loopback ports (a trimmed copy of the integration tests' AzuriteProcess).</summary>
internal sealed class BenchAzurite : IAsyncDisposable
{
    private readonly Process _process;

    private BenchAzurite(Process process, int[] ports)
    {
        _process = process;
        Ports = ports;
    }

    public int[] Ports { get; }

    public StorageConnection Connection => StorageConnection.Development("127.0.0.1", Ports[0], Ports[1], Ports[2]);

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={StorageConnection.DevelopmentAccountKey};"
        + $"BlobEndpoint=http://127.0.0.1:{Ports[0]}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{Ports[1]}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{Ports[2]}/devstoreaccount1;";

    public static async Task<BenchAzurite> StartAsync(string root)
    {
        var listeners = Enumerable.Range(0, 3).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        listeners.ForEach(l => l.Start());
        var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        listeners.ForEach(l => l.Stop());
        var info = new ProcessStartInfo("node") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(root, "node_modules", "azurite", "dist", "src", "azurite.js"));
        foreach (var (service, port) in new[] { ("blob", ports[0]), ("queue", ports[1]), ("table", ports[2]) })
        {
            info.ArgumentList.Add($"--{service}Host");
            info.ArgumentList.Add("127.0.0.1");
            info.ArgumentList.Add($"--{service}Port");
            info.ArgumentList.Add(port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (var flag in new[] { "--skipApiVersionCheck", "--disableTelemetry", "--silent", "--inMemoryPersistence" })
        {
            info.ArgumentList.Add(flag);
        }

        var process = Process.Start(info)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        foreach (var port in ports)
        {
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    using var client = new TcpClient();
                    await client.ConnectAsync("127.0.0.1", port);
                    break;
                }
                catch (SocketException) when (attempt < 300)
                {
                    await Task.Delay(100);
                }
            }
        }

        return new BenchAzurite(process, ports);
    }

    public async ValueTask DisposeAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
