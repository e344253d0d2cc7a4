using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Pipeline.Core.Articles;
using Pipeline.Host.Persistence;
using Pipeline.Integration.Tests.Support;
using Pipeline.Storage.Tables;

namespace Pipeline.Integration.Tests.Host;

/// <summary>
/// Replays invocations in the Functions host's shape (reference §1.4): binary data as base64, strings JSON-encoded
/// twice, DequeueCount as a string, and checks the {Outputs, Logs, ReturnValue} answer and what was stored.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class CustomHandlerPayloadTests(AzuriteFixture fixture) : CustomHandlerAppTest(fixture)
{
    [Fact]
    public async Task IngestArticle_BlobPayload_StoresArticleAndQueuesIt()
    {
        var response = await Client.PostAsJsonAsync("/IngestArticle", BlobPayload("harbor-gazette/flood.txt", "Flood\n\nCrews rescued 42 people on Tuesday."));

        var body = await AssertInvocationSucceededAsync(response);
        var articleId = ArticleId.FromText("Flood\n\nCrews rescued 42 people on Tuesday.").Value;
        var row = await Fixture.Account.Tables.GetIfExistsAsync(Factory.Options.Tables.Articles, ArticleRow.PartitionOf(articleId), articleId);
        var queued = await Fixture.Account.Queues.PeekAsync(Factory.Options.ClaimsQueue);
        Assert.Equal("harbor-gazette", row!.GetString("Source"));
        Assert.Equal("2025-05-20", row.GetString("PublishedAt"));
        Assert.Contains(articleId, Assert.Single(queued).Text, StringComparison.Ordinal);
        Assert.Contains("processed", body["Logs"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestArticle_NoDateInMetadata_InfersItFromTheText()
    {
        var row = await IngestWithoutDateAsync("coastal-courier/airlift.txt", "Airlift ends\n\nThe airlift ended on 14 May 2025 after 96 sorties.");

        Assert.Equal("2025-05-14", row.PublishedAt);
        Assert.True(row.PublishedInferred);
    }

    [Fact]
    public async Task IngestArticle_NoDateAnywhereButADatelineDay_TakesTheYearItArrived()
    {
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);

        var row = await IngestWithoutDateAsync("tass/returned.txt", "Servicemen returned\n\nMOSCOW, Jan. 2. /TASS/. Another 307 servicemen have been returned, the ministry said.");

        // The day this year unless it is still more than a day ahead (the same slack as the inference's).
        var expected = new DateOnly(new DateOnly(today.Year, 1, 2) <= today.AddDays(1) ? today.Year : today.Year - 1, 1, 2);
        Assert.Equal(expected.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), row.PublishedAt);
        Assert.True(row.PublishedInferred);
    }

    [Fact]
    public async Task IngestArticle_NoDateInMetadata_TakesTheHeadersDate()
    {
        var row = await IngestWithoutDateAsync(
            "coastal-courier/airlift-header.txt", "Title: Airlift ends after 96 sorties\nPublished: 2025-05-15\n\nAirlift ends\n\nThe airlift ended on 14 May 2025 after 96 sorties.");

        Assert.Equal("2025-05-15", row.PublishedAt);
        Assert.False(row.PublishedInferred);
        Assert.Equal("coastal-courier", row.Source);
        Assert.Equal("Airlift ends after 96 sorties", row.Title);
    }

    /// <summary>Ingests a blob whose metadata names no publication date; returns the article row it left.</summary>
    private async Task<ArticleRow> IngestWithoutDateAsync(string blobName, string text)
    {
        var payload = BlobPayload(blobName, text);
        payload["Metadata"]!["Metadata"]!.AsObject().Remove("published");
        await AssertInvocationSucceededAsync(await Client.PostAsJsonAsync("/IngestArticle", payload));
        var articleId = ArticleId.FromText(text).Value;
        return ArticleRow.FromEntity((await Fixture.Account.Tables.GetIfExistsAsync(Factory.Options.Tables.Articles, ArticleRow.PartitionOf(articleId), articleId))!);
    }

    [Fact]
    public async Task IngestArticle_EmptyBlob_RejectsWithReasonAndSucceeds()
    {
        var response = await Client.PostAsJsonAsync("/IngestArticle", BlobPayload("harbor-gazette/empty.txt", "   \n"));

        await AssertInvocationSucceededAsync(response);
        var record = await Fixture.Account.Blobs.DownloadIfExistsAsync(Factory.Options.RejectedContainer, "harbor-gazette/empty.txt.json");
        Assert.Contains("\"code\":\"empty\"", Encoding.UTF8.GetString(record!.Content), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExtractClaims_QueuePayload_WritesClaimRows()
    {
        await Client.PostAsJsonAsync("/IngestArticle", BlobPayload("ridgeline-wire/a.txt", "Airlift\n\nThe airlift moved 1,200 people and 30 dogs."));
        var message = Assert.Single(await Fixture.Account.Queues.PeekAsync(Factory.Options.ClaimsQueue)).Text;

        var response = await Client.PostAsJsonAsync("/ExtractClaims", QueuePayload(message, dequeueCount: 2));

        await AssertInvocationSucceededAsync(response);
        var articleId = JsonDocument.Parse(message).RootElement.GetProperty("articleId").GetString()!;
        var claims = await Fixture.Account.Tables.QueryAsync(Factory.Options.Tables.Claims, new TableQuery(TableFilter.Equal("PartitionKey", articleId))).ToListAsync();
        Assert.Equal([30.0, 1200.0], claims.Select(c => c.GetDouble("Number")!.Value).Order());
    }

    [Fact]
    public async Task ExtractClaims_MessageForMissingArticle_IsRecordedNotRetried()
    {
        var response = await Client.PostAsJsonAsync("/ExtractClaims", QueuePayload("{\"articleId\":\"not-an-id\"}", dequeueCount: 1));

        await AssertInvocationSucceededAsync(response);
        var rejected = await Fixture.Account.Blobs.ListAsync(Factory.Options.RejectedContainer, "messages/").ToListAsync();
        Assert.Single(rejected);
    }

    [Fact]
    public async Task RollupReliability_TimerPayload_WritesSources()
    {
        await Client.PostAsJsonAsync("/IngestArticle", BlobPayload("valley-ledger/b.txt", "Rescue\n\nDivers found 12 people."));
        var message = Assert.Single(await Fixture.Account.Queues.PeekAsync(Factory.Options.ClaimsQueue)).Text;
        await Client.PostAsJsonAsync("/ExtractClaims", QueuePayload(message, dequeueCount: 1));

        var response = await Client.PostAsJsonAsync("/RollupReliability", TimerPayload());

        await AssertInvocationSucceededAsync(response);
        var source = await Fixture.Account.Tables.GetIfExistsAsync(Factory.Options.Tables.Sources, "valley-ledger", SourceRow.SummaryRowKey);
        Assert.Equal(1L, source!.GetInt64("Claims"));
    }

    private static async Task<JsonObject> AssertInvocationSucceededAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.True(body.ContainsKey("Outputs") || body.ContainsKey("outputs"));
        return new JsonObject(body.Select(kv => KeyValuePair.Create(char.ToUpperInvariant(kv.Key[0]) + kv.Key[1..], kv.Value?.DeepClone())));
    }

    private static JsonObject BlobPayload(string name, string text) => new()
    {
        ["Data"] = new JsonObject { ["article"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(text)) },
        ["Metadata"] = new JsonObject
        {
            ["name"] = JsonSerializer.Serialize(name),
            ["Uri"] = JsonSerializer.Serialize($"http://127.0.0.1:10000/devstoreaccount1/articles/{name}"),
            ["Properties"] = new JsonObject { ["ContentLength"] = text.Length, ["ContentType"] = "text/plain" },
            ["Metadata"] = new JsonObject { ["source"] = name.Split('/')[0], ["published"] = "2025-05-20" },
            ["sys"] = Sys("IngestArticle"),
        },
    };

    private static JsonObject QueuePayload(string message, int dequeueCount) => new()
    {
        ["Data"] = new JsonObject { ["message"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(message)) },
        ["Metadata"] = new JsonObject
        {
            ["DequeueCount"] = dequeueCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Id"] = JsonSerializer.Serialize(Guid.NewGuid().ToString()),
            ["PopReceipt"] = JsonSerializer.Serialize("MjJOb3YyMDI2"),
            ["InsertionTime"] = "2026-11-22T04:27:59+00:00",
            ["sys"] = Sys("ExtractClaims"),
        },
    };

    private static JsonObject TimerPayload() => new()
    {
        ["Data"] = new JsonObject
        {
            ["timer"] = new JsonObject
            {
                ["Schedule"] = new JsonObject { ["AdjustForDST"] = true },
                ["ScheduleStatus"] = new JsonObject { ["Last"] = "2026-11-22T04:00:00Z", ["Next"] = "2026-11-22T04:05:00Z", ["LastUpdated"] = "2026-11-22T04:00:00Z" },
                ["IsPastDue"] = false,
            },
        },
        ["Metadata"] = new JsonObject { ["sys"] = Sys("RollupReliability") },
    };

    private static JsonObject Sys(string method) => new() { ["MethodName"] = method, ["UtcNow"] = "2026-11-22T04:27:59.12Z", ["RandGuid"] = Guid.NewGuid().ToString() };
}
