using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Pipeline.Host.Api;
using Pipeline.Host.Configuration;
using Pipeline.Integration.Tests.Support;

namespace Pipeline.Integration.Tests.Host;

[Collection(AzuriteCollection.Name)]
public sealed class ApiKeyTests(AzuriteFixture fixture)
{
    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("wrong-key", HttpStatusCode.Unauthorized)]
    [InlineData("s3cret-key", HttpStatusCode.OK)]
    public async Task Api_StandaloneBeyondLoopback_RequiresTheKey(string? key, HttpStatusCode expected)
    {
        await using var factory = new PipelineFactory(fixture.Azurite, RunMode.CustomHandler).WithWebHostBuilder(b =>
        {
            b.UseSetting("Pipeline:Mode", "Standalone");
            b.UseSetting("urls", "http://0.0.0.0:0");
            b.UseSetting("Pipeline:ApiKey", "s3cret-key");
        });
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/sources");
        if (key is not null)
        {
            request.Headers.Add("x-functions-key", key);
        }

        var response = await client.SendAsync(request);
        var health = await client.GetAsync("/api/health");

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Theory]
    [InlineData("http://127.0.0.1:7071", false)]
    [InlineData("http://localhost:7071;http://[::1]:7071", false)]
    [InlineData("http://0.0.0.0:7071", true)]
    [InlineData("http://*:80", true)]
    [InlineData("http://10.1.2.3:7071", true)]
    public void FromUrls_ListenAddresses_DecideWhetherAKeyIsNeeded(string urls, bool beyond)
    {
        Assert.Equal(beyond, ApiExposure.FromUrls(urls).BeyondLoopback);
    }
}
