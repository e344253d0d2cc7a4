using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Pipeline.Integration.Tests.Support;

namespace Pipeline.Integration.Tests.Host;

[Collection(AzuriteCollection.Name)]
public sealed class HttpHygieneTests(AzuriteFixture fixture) : CustomHandlerAppTest(fixture)
{
    [Fact]
    public async Task Get_SameListTwiceWithETag_SecondIsNotModified()
    {
        var first = await Client.GetAsync("/api/sources");
        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/sources");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var second = await Client.SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(first.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Get_AcceptsGzip_IsCompressed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/openapi.json");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));

        var response = await Client.SendAsync(request);

        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("https://desk.example", "https://desk.example")]
    public async Task Get_FromBrowserOrigin_CorsOnlyWhenConfigured(string? allowed, string? expected)
    {
        await using var factory = Factory.WithWebHostBuilder(b => b.UseSetting("Pipeline:CorsOrigins", allowed ?? string.Empty));
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/health");
        request.Headers.Add("Origin", "https://desk.example");

        var response = await client.SendAsync(request);

        Assert.Equal(expected, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? values.Single() : null);
    }
}
