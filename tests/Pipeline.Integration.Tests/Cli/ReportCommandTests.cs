using System.Text.Json;
using Pipeline.Integration.Tests.Support;

namespace Pipeline.Integration.Tests.Cli;

/// <summary>The CLI against a real Azurite: upload, rollup and report --json, as a script would run them.</summary>
[Collection(AzuriteCollection.Name)]
public class ReportCommandTests(AzuriteFixture fixture)
{
    [Fact]
    public async Task Report_Json_ListsTheSourcesScriptsCanRead()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var environment = new Dictionary<string, string>
        {
            ["AzureWebJobsStorage"] = fixture.Azurite.ConnectionString,
            ["Pipeline__TablePrefix"] = "r" + suffix,
            ["Pipeline__ArticlesContainer"] = "articles-" + suffix,
        };

        var (reportExit, stdout, _) = await ExtractCommandTests.RunAsync(environment, "report", "--json");
        var (statusExit, status, _) = await ExtractCommandTests.RunAsync(environment, "status", "--json");

        Assert.Equal(0, reportExit);
        using var report = JsonDocument.Parse(stdout);
        Assert.Equal(JsonValueKind.Array, report.RootElement.GetProperty("sources").ValueKind);
        Assert.Equal(JsonValueKind.Array, report.RootElement.GetProperty("conflicts").ValueKind);
        Assert.Equal(0, statusExit);
        Assert.Equal(0, JsonDocument.Parse(status).RootElement.GetProperty("poisoned").GetInt32());
    }

    [Fact]
    public async Task Report_StorageUnreachable_FailsWithOneLine()
    {
        var environment = new Dictionary<string, string>
        {
            ["AzureWebJobsStorage"] = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + Pipeline.Storage.Auth.StorageConnection.DevelopmentAccountKey
                + ";BlobEndpoint=http://127.0.0.1:1/devstoreaccount1;QueueEndpoint=http://127.0.0.1:1/devstoreaccount1;TableEndpoint=http://127.0.0.1:1/devstoreaccount1;",
            ["Storage__MaxRetries"] = "0",
        };

        var (exit, _, stderr) = await ExtractCommandTests.RunAsync(environment, "report");

        Assert.Equal(1, exit);
        Assert.StartsWith("error:", stderr.Trim(), StringComparison.Ordinal);
        Assert.Single(stderr.Trim().Split('\n'));
    }
}
