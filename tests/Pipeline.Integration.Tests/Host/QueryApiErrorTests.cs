using System.Net;
using System.Text.Json;
using Pipeline.Integration.Tests.Support;

namespace Pipeline.Integration.Tests.Host;

[Collection(AzuriteCollection.Name)]
public sealed class QueryApiErrorTests(AzuriteFixture fixture) : CustomHandlerAppTest(fixture)
{
    [Theory]
    [InlineData("/api/sources/Bad%20Id", HttpStatusCode.BadRequest)]
    [InlineData("/api/sources/o'brien%20or%201%20eq%201", HttpStatusCode.BadRequest)]
    [InlineData("/api/sources/unknown-outlet", HttpStatusCode.NotFound)]
    [InlineData("/api/articles/not-a-hash/claims", HttpStatusCode.BadRequest)]
    [InlineData("/api/articles/0123456789abcdef0123456789abcdef/claims", HttpStatusCode.NotFound)]
    [InlineData("/api/facts?contested=maybe", HttpStatusCode.BadRequest)]
    [InlineData("/api/nothing-here", HttpStatusCode.NotFound)]
    [InlineData("/api/sources?limit=0", HttpStatusCode.BadRequest)]
    [InlineData("/api/sources?limit=100000", HttpStatusCode.BadRequest)]
    [InlineData("/api/sources?sort=drop%20table", HttpStatusCode.BadRequest)]
    [InlineData("/api/sources?continuationToken=not-ours", HttpStatusCode.BadRequest)]
    [InlineData("/api/facts?continuationToken=%27%20or%20true", HttpStatusCode.BadRequest)]
    [InlineData("/api/articles?source=x%27%20or%20PartitionKey%20ne%20%27", HttpStatusCode.BadRequest)]
    [InlineData("/api/articles?from=yesterday", HttpStatusCode.BadRequest)]
    [InlineData("/api/facts?measure=a%27b", HttpStatusCode.BadRequest)]
    [InlineData("/api/facts/persons%7Cany%7C2025-W21", HttpStatusCode.NotFound)]
    [InlineData("/api/articles/0123456789abcdef0123456789abcdef", HttpStatusCode.NotFound)]
    public async Task Get_BadOrUnknownInput_ReturnsProblemDetails(string url, HttpStatusCode expected)
    {
        var response = await Client.GetAsync(url);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)expected, problem.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task OpenApi_Document_DescribesEveryApiRoute()
    {
        using var document = JsonDocument.Parse(await Client.GetStringAsync("/api/openapi.json"));
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();

        string[] expected = ["/api/sources", "/api/sources/{id}", "/api/articles", "/api/articles/{id}", "/api/articles/{id}/claims", "/api/facts", "/api/facts/{key}", "/api/conflicts", "/api/health"];
        Assert.Subset(paths, expected.ToHashSet());
    }

    [Fact]
    public async Task Health_StorageUp_ReportsQueueDepths()
    {
        var response = await Client.GetAsync("/api/health");

        using var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(health.RootElement.GetProperty("storageReachable").GetBoolean());
        Assert.Equal(0, health.RootElement.GetProperty("queueDepths").GetProperty(Factory.Options.ClaimsQueue).GetInt32());
    }
}
