using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Pipeline.Integration.Tests.Support;

namespace Pipeline.Integration.Tests.Browser;

/// <summary>
/// The real <c>pipeline</c> executable on a loopback socket (a browser cannot reach WebApplicationFactory's in-memory
/// server), over its own Azurite, after the five seed articles went through it. Then Debian's chromium, driven by
/// playwright-core from <c>tests/browser/dashboard.mjs</c>, walks the dashboard once; the tests assert its JSON report.
/// </summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromSeconds(60);
    private readonly StringBuilder _appLog = new();
    private AzuriteProcess? _azurite;
    private Process? _app;
    private string? _seedFolder;

    public const string Chromium = "/usr/bin/chromium";

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public static string ScreenshotFolder => RepositoryPaths.InRoot("artifacts", "screenshots");

    /// <summary>What the browser saw: the script's one JSON object.</summary>
    public JsonElement Report { get; private set; }

    public TimeSpan BrowserTime { get; private set; }

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException($"{Chromium} is missing: 'apt-get install -y chromium' (./pipeline.sh test does it).");
        }

        _azurite = await AzuriteProcess.StartAsync();
        var port = FreePorts.Take(1)[0];
        BaseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        _app = StartApp(port);
        await Eventually.ReturnsAsync(HealthyAsync, ok => ok, TimeSpan.FromSeconds(30), "the app answering /api/health");

        _seedFolder = StageSeeds();
        var (exit, _, stderr) = await RunAsync(ExecutablePath, ["upload", _seedFolder, "--recursive", "--wait", "--timeout", "45", "--connection", _azurite.ConnectionString], TimeSpan.FromSeconds(60));
        Assert.True(exit == 0, $"pipeline upload exited {exit}: {stderr}");
        await Eventually.ReturnsAsync(
            async () => (await Client.GetFromJsonAsync<JsonElement>("api/sources")).GetProperty("items").EnumerateArray()
                .Count(s => !s.GetProperty("quotedParty").GetBoolean()),
            n => n == SeedArticle.All.Count,
            what: "the rollup scoring the five outlets");

        // The timer ticks every second and later articles still move the scores; the browser must see the final ranking.
        await Eventually.ReturnsAsync(RankingSettledAsync, settled => settled, TimeSpan.FromSeconds(45), "the ranking staying the same for three seconds");

        var clock = Stopwatch.StartNew();
        var script = RepositoryPaths.InRoot("tests", "browser", "dashboard.mjs");
        var (code, stdout, errors) = await RunAsync("node", [script, BaseAddress.ToString(), ScreenshotFolder], ScriptTimeout);
        BrowserTime = clock.Elapsed;
        var last = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        if (code != 0 || last is null)
        {
            throw new InvalidOperationException($"The browser script exited {code}.\nstdout: {stdout}\nstderr: {errors}\napp log: {AppLog}");
        }

        using var json = JsonDocument.Parse(last);
        Report = json.RootElement.Clone();
    }

    private async Task<bool> RankingSettledAsync()
    {
        var before = await RankingAsync();
        await Task.Delay(TimeSpan.FromSeconds(3));
        return before == await RankingAsync();
    }

    private async Task<string> RankingAsync() =>
        string.Join('\n', (await Client.GetFromJsonAsync<JsonElement>("api/sources?sort=score")).GetProperty("items").EnumerateArray()
            .Select(s => $"{s.GetProperty("source").GetString()} {s.GetProperty("score").GetDouble():R} {s.GetProperty("claims").GetInt32()}"));

    public string AppLog
    {
        get
        {
            lock (_appLog)
            {
                return _appLog.ToString();
            }
        }
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await GracefulStop.StopAsync(_app);
            _app.Dispose();
        }

        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }

        if (_seedFolder is not null)
        {
            Directory.Delete(_seedFolder, recursive: true);
        }
    }

    private static string ExecutablePath => Path.Combine(Path.GetDirectoryName(typeof(Pipeline.Host.PipelineApp).Assembly.Location)!, "pipeline");

    private Process StartApp(int port)
    {
        var info = new ProcessStartInfo(ExecutablePath) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "serve", "--urls", $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}" })
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["AzureWebJobsStorage"] = _azurite!.ConnectionString;
        info.Environment["Pipeline__Mode"] = "Standalone";
        info.Environment["Pipeline__RollupSchedule"] = "*/1 * * * * *";
        info.Environment["Pipeline__ScanInterval"] = "00:00:00.200";
        foreach (var inherited in new[] { "FUNCTIONS_CUSTOMHANDLER_PORT", "ASPNETCORE_URLS", "urls", "Pipeline__ApiKey" })
        {
            info.Environment.Remove(inherited);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the pipeline executable.");
        process.OutputDataReceived += (_, e) => Log(e.Data);
        process.ErrorDataReceived += (_, e) => Log(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private void Log(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_appLog)
        {
            _appLog.AppendLine(line);
        }
    }

    private async Task<bool> HealthyAsync()
    {
        if (_app!.HasExited)
        {
            throw new InvalidOperationException($"The app exited with code {_app.ExitCode}:\n{AppLog}");
        }

        try
        {
            using var response = await Client.GetAsync(new Uri("api/health", UriKind.Relative));
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    /// <summary>The seeds laid out as the upload command reads them: the folder names the outlet, the file name starts with the date.</summary>
    private static string StageSeeds()
    {
        var folder = Directory.CreateTempSubdirectory("dashboard-seeds-").FullName;
        foreach (var seed in SeedArticle.All)
        {
            var outlet = Directory.CreateDirectory(Path.Combine(folder, seed.Source)).FullName;
            File.WriteAllBytes(Path.Combine(outlet, $"{seed.Published}-{seed.File}"), seed.Content);
        }

        return folder;
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(string file, string[] args, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = RepositoryPaths.Root };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(file)} {string.Join(' ', args)} did not finish within {timeout}.");
        }

        return (process.ExitCode, await stdout, await stderr);
    }
}
