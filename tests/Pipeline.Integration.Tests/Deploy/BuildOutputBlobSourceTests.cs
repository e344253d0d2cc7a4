using System.Text.Json;
using Pipeline.Integration.Tests.Support;

namespace Pipeline.Integration.Tests.Deploy;

/// <summary>Only the Azure publish switches the blob trigger to Event Grid; the build output (func start, standalone) polls.</summary>
public class BuildOutputBlobSourceTests
{
    [Fact]
    public void BuildOutput_BlobTrigger_KeepsThePollingSource()
    {
        var configuration = Path.GetFileName(Path.GetDirectoryName(typeof(Pipeline.Host.PipelineApp).Assembly.Location)!);
        var function = Assert.Single(InfraText.FunctionsWithTrigger("blobTrigger"));
        var file = RepositoryPaths.InRoot("artifacts", "bin", "Pipeline.Host", configuration, function, "function.json");

        using var json = JsonDocument.Parse(File.ReadAllText(file));
        var trigger = json.RootElement.GetProperty("bindings")[0];
        Assert.Equal("blobTrigger", trigger.GetProperty("type").GetString());
        Assert.False(trigger.TryGetProperty("source", out var source), $"{file} sets source {source}");
    }

    [Fact]
    public void SourceFunctionJson_BlobTrigger_LeavesTheSourceToThePublish()
    {
        var function = Assert.Single(InfraText.FunctionsWithTrigger("blobTrigger"));

        var text = File.ReadAllText(RepositoryPaths.InRoot("src", "Pipeline.Host", "Functions", function, "function.json"));
        Assert.DoesNotContain("\"source\"", text, StringComparison.Ordinal);
    }
}
