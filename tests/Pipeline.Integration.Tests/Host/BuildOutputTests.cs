using System.Text.Json;
using Pipeline.Integration.Tests.Support;

namespace Pipeline.Integration.Tests.Host;

/// <summary>The build output is a complete Functions script root: host.json, every function.json, and the executable.</summary>
public class BuildOutputTests
{
    private static readonly string Output = Path.GetDirectoryName(typeof(Pipeline.Host.PipelineApp).Assembly.Location)!;

    [Theory]
    [InlineData("IngestArticle", "blobTrigger")]
    [InlineData("ExtractClaims", "queueTrigger")]
    [InlineData("RollupReliability", "timerTrigger")]
    [InlineData("Query", "httpTrigger")]
    [InlineData("Health", "httpTrigger")]
    public void HostBuildOutput_HasFunctionFolder_WithItsTrigger(string function, string trigger)
    {
        var file = Path.Combine(HostOutput(), function, "function.json");

        using var json = JsonDocument.Parse(File.ReadAllText(file));
        Assert.Equal(trigger, json.RootElement.GetProperty("bindings")[0].GetProperty("type").GetString());
    }

    [Fact]
    public void HostBuildOutput_HasHostJsonPointingAtTheExecutable()
    {
        var folder = HostOutput();

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "host.json")));
        var executable = json.RootElement.GetProperty("customHandler").GetProperty("description").GetProperty("defaultExecutablePath").GetString()!;
        Assert.True(File.Exists(Path.Combine(folder, executable)), $"{executable} should sit beside host.json in {folder}");
        Assert.True(json.RootElement.GetProperty("customHandler").GetProperty("enableForwardingHttpRequest").GetBoolean());
        Assert.Equal("[4.*, 5.0.0)", json.RootElement.GetProperty("extensionBundle").GetProperty("version").GetString());
        Assert.Equal(5, json.RootElement.GetProperty("extensions").GetProperty("queues").GetProperty("maxDequeueCount").GetInt32());
    }

    [Fact]
    public void LocalSettingsSample_NamesEverySettingFunctionJsonReads()
    {
        using var sample = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.InRoot("local.settings.sample.json")));
        var values = sample.RootElement.GetProperty("Values");
        var referenced = Directory.EnumerateFiles(RepositoryPaths.InRoot("src", "Pipeline.Host", "Functions"), "function.json", SearchOption.AllDirectories)
            .SelectMany(f => File.ReadAllText(f).Split('%').Where((_, i) => i % 2 == 1))
            .Distinct();

        Assert.All(referenced, name => Assert.True(values.TryGetProperty(name, out _), $"local.settings.sample.json lacks {name}"));
        Assert.Equal("custom", values.GetProperty("FUNCTIONS_WORKER_RUNTIME").GetString());
        Assert.Equal("UseDevelopmentStorage=true", values.GetProperty("AzureWebJobsStorage").GetString());
    }

    /// <summary>The Host project's own output folder (artifacts/bin/Pipeline.Host/&lt;config&gt;), not the test's copy.</summary>
    private static string HostOutput()
    {
        var configuration = Path.GetFileName(Output);
        return RepositoryPaths.InRoot("artifacts", "bin", "Pipeline.Host", configuration);
    }
}
