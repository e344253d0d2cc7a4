using System.Text.Json;
using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Pipeline.Integration.Tests.Support;
using Pipeline.Storage;

namespace Pipeline.Integration.Tests.Deploy;

/// <summary>The self-contained linux-x64 publish is the complete Functions app azd deploys (the script root).</summary>
public class SelfContainedPublishTests(PublishFixture publish) : IClassFixture<PublishFixture>
{
    public static TheoryData<string> Functions() => [.. FunctionNames()];

    public static TheoryData<string> NonBlobFunctions() => [.. FunctionNames().Except(InfraText.FunctionsWithTrigger("blobTrigger"))];

    [Fact]
    public void Publish_Command_Succeeds()
    {
        Assert.True(publish.ExitCode == 0, publish.Log);
    }

    [Fact]
    public void PublishOutput_HostJson_NamesAnExecutableBesideItWithItsRunBit()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(publish.Output, "host.json")));
        var executable = host.RootElement.GetProperty("customHandler").GetProperty("description").GetProperty("defaultExecutablePath").GetString()!;
        var path = Path.Combine(publish.Output, executable);

        Assert.Equal("pipeline", executable);
        Assert.True(File.Exists(path), $"{path} is missing");
        var mode = OperatingSystem.IsWindows() ? UnixFileMode.None : File.GetUnixFileMode(path);
        Assert.True(mode.HasFlag(UnixFileMode.UserExecute), $"{path} has mode {mode}");
        Assert.True(File.Exists(Path.Combine(publish.Output, "libcoreclr.so")), "a self-contained linux-x64 publish carries the runtime");
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void PublishOutput_Function_HasItsFunctionJson(string function)
    {
        Assert.True(File.Exists(Path.Combine(publish.Output, function, "function.json")), $"{function}/function.json is missing from {publish.Output}");
    }

    [Fact]
    public void PublishOutput_LocalSettings_IsLeftOut()
    {
        Assert.True(publish.LocalSettingsExisted);
        Assert.False(File.Exists(Path.Combine(publish.Output, "local.settings.json")));
    }

    [Fact]
    public void PublishOutput_BlobTrigger_UsesTheEventGridSource()
    {
        var function = Assert.Single(InfraText.FunctionsWithTrigger("blobTrigger"));

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(publish.Output, function, "function.json")));
        var trigger = json.RootElement.GetProperty("bindings")[0];
        Assert.Equal("IngestArticle", function);
        Assert.Equal("blobTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("EventGrid", trigger.GetProperty("source").GetString());
        Assert.Equal("%Pipeline__ArticlesContainer%/{name}", trigger.GetProperty("path").GetString());
    }

    [Theory]
    [MemberData(nameof(NonBlobFunctions))]
    public void PublishOutput_NonBlobFunction_IsItsSourceUnchanged(string function)
    {
        var source = File.ReadAllText(RepositoryPaths.InRoot("src", "Pipeline.Host", "Functions", function, "function.json"));
        var published = File.ReadAllText(Path.Combine(publish.Output, function, "function.json"));

        Assert.Equal(source.TrimEnd(), published.TrimEnd());
    }

    [Fact]
    public void PublishOutput_AppSettings_HasNoDevelopmentStorageButKeepsTheRest()
    {
        using var source = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.InRoot("src", "Pipeline.Host", "appsettings.json")));
        using var published = JsonDocument.Parse(File.ReadAllText(Path.Combine(publish.Output, "appsettings.json")));

        Assert.Equal("UseDevelopmentStorage=true", source.RootElement.GetProperty("AzureWebJobsStorage").GetString());
        Assert.False(published.RootElement.TryGetProperty("AzureWebJobsStorage", out _));
        Assert.Equal(source.RootElement.GetProperty("Pipeline").GetRawText(), published.RootElement.GetProperty("Pipeline").GetRawText());
    }

    [Fact]
    public void PublishOutput_WithTheAzureAppSettings_ConnectsWithTheManagedIdentity()
    {
        var (connection, credential) = StorageSettings.Read(AzureConfiguration(Path.Combine(publish.Output, "appsettings.json")));

        Assert.Equal("stpipeline", connection.AccountName);
        Assert.Equal(new Uri("https://stpipeline.queue.core.windows.net"), connection.QueueEndpoint);
        Assert.IsType<ManagedIdentityCredential>(credential);
    }

    private static IEnumerable<string> FunctionNames() =>
        InfraText.FunctionJsonFiles().Select(f => Path.GetFileName(Path.GetDirectoryName(f)!));

    /// <summary>What the app sees in Azure: appsettings.json, then the Bicep app settings as environment variables.</summary>
    private static IConfiguration AzureConfiguration(string appSettingsJson) =>
        new ConfigurationBuilder()
            .AddJsonFile(appSettingsJson)
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["AzureWebJobsStorage:accountName"] = "stpipeline",
                ["AzureWebJobsStorage:blobServiceUri"] = "https://stpipeline.blob.core.windows.net/",
                ["AzureWebJobsStorage:queueServiceUri"] = "https://stpipeline.queue.core.windows.net/",
                ["AzureWebJobsStorage:tableServiceUri"] = "https://stpipeline.table.core.windows.net/",
                ["AzureWebJobsStorage:credential"] = "managedidentity",
                ["AzureWebJobsStorage:clientId"] = "00000000-0000-0000-0000-000000000001",
            })
            .Build();
}
