using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Pipeline.Host.Configuration;
using Pipeline.Integration.Tests.Support;

namespace Pipeline.Integration.Tests.Browser;

/// <summary>The dashboard's files are anonymous even where the API wants a key: the page must load to ask for it.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DashboardStaticFilesTests(AzuriteFixture fixture)
{
    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/index.html", "text/html")]
    [InlineData("/app.js", "text/javascript")]
    [InlineData("/app.css", "text/css")]
    [InlineData("/highlight.js", "text/javascript")]
    public async Task StaticFiles_ApiKeyRequiredBeyondLoopback_ServedWithoutKey(string path, string mediaType)
    {
        await using var factory = new PipelineFactory(fixture.Azurite, RunMode.CustomHandler).WithWebHostBuilder(b =>
        {
            b.UseSetting("Pipeline:Mode", "Standalone");
            b.UseSetting("urls", "http://0.0.0.0:0");
            b.UseSetting("Pipeline:ApiKey", "s3cret-key");
        });
        using var client = factory.CreateClient();

        using var file = await client.GetAsync(new Uri(path, UriKind.Relative));
        using var api = await client.GetAsync(new Uri("/api/sources", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal(mediaType, file.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task Root_CustomHandlerMode_AnswersTheFunctionsHostReadinessProbe()
    {
        await using var factory = new PipelineFactory(fixture.Azurite, RunMode.CustomHandler);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Pipeline dashboard", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
