using System.Net.Http.Json;
using System.Text.Json;
using Pipeline.Core.Reliability.Consistency;
using Pipeline.Host.Api;
using Pipeline.Host.Configuration;
using Pipeline.Host.Persistence;
using Pipeline.Integration.Tests.Support;
using Pipeline.Storage;
using Pipeline.Storage.Blobs;
using Pipeline.Storage.Tables;

namespace Pipeline.Integration.Tests.EndToEnd;

/// <summary>The five real seed articles through the whole standalone pipeline: blob trigger, queue trigger, timer, API.</summary>
public sealed class SeedArticlesPipelineTests(SeedPipelineFixture pipeline) : IClassFixture<SeedPipelineFixture>
{
    private PipelineFactory Factory => pipeline.Factory;

    private StorageAccount Storage => pipeline.Storage;

    private TableNames Tables => Factory.Options.Tables;

    [Theory]
    [InlineData("000_0d97a3aa20f7a3c8.txt", 1000.0)]
    [InlineData("000_0d97a3aa20f7a3c8.txt", 270.0)]
    [InlineData("000_0d97a3aa20f7a3c8.txt", 120.0)]
    [InlineData("001_9ef6acd0053f48b4.txt", 390.0)]
    [InlineData("003_45a84143c75074a1.txt", 1000.0)]
    [InlineData("003_45a84143c75074a1.txt", 390.0)]
    [InlineData("004_5708cb1ee7797cb2.txt", 390.0)]
    [InlineData("004_5708cb1ee7797cb2.txt", 270.0)]
    [InlineData("004_5708cb1ee7797cb2.txt", 120.0)]
    public async Task Pipeline_SeedArticle_ExtractsCountWithItsValue(string file, double value)
    {
        var claims = await ClaimsOfAsync(file);

        Assert.Contains(claims, c => c.GetDouble("Number") == value && c.GetString("Kind") == "count");
    }

    [Fact]
    public async Task Pipeline_SeedArticles_Find390PerSideAsConsensus()
    {
        var facts = await Storage.Tables.QueryAsync(Tables.Facts).Select(FactRow.ToDto).ToListAsync();

        var fact = Assert.Single(facts, f => f.Value == 390 && f.FactKey.Contains("per-side", StringComparison.Ordinal));
        Assert.True(fact.AgreeingSources.Count >= 2, $"390 per side should be corroborated, got {string.Join(",", fact.AgreeingSources)}");
        Assert.Empty(fact.Conflicts);
    }

    [Fact]
    public async Task Pipeline_SeedArticles_ReportMeetingLengthConflict()
    {
        var facts = await Storage.Tables.QueryAsync(Tables.Facts).Select(FactRow.ToDto).ToListAsync();

        // Two hours (outlet-d) against 90 minutes (outlet-e), in days.
        var meeting = Assert.Single(facts, f => f.FactKey.StartsWith("meeting-duration", StringComparison.Ordinal) && f.Contested
            && f.Conflicts.Any(c => c.Value is "0.0625 days" or "0.083333 days"));
        var sides = meeting.AgreeingSources.Concat(meeting.Conflicts.SelectMany(c => c.Sources)).ToHashSet();
        Assert.Contains("outlet-d", sides);
        Assert.Contains("outlet-e", sides);
        Assert.Equal(["0.0625 days", "0.083333 days"], new[] { meeting.Label }.Concat(meeting.Conflicts.Select(c => c.Value)).Order());
    }

    [Fact]
    public async Task Pipeline_SeedArticles_FlagHeadline800AgainstBody390()
    {
        using var client = Factory.CreateClient();

        var detail = await client.GetFromJsonAsync<JsonElement>("/api/sources/outlet-b");

        var flags = detail.GetProperty("explanation").GetProperty("flags").EnumerateArray().Select(f => f.GetProperty("message").GetString()!).ToList();
        Assert.Contains(flags, m => m.Contains("Headline says 800", StringComparison.Ordinal) && m.Contains("390", StringComparison.Ordinal));
        Assert.Equal(flags.Count, detail.GetProperty("source").GetProperty("flags").GetInt32());
    }

    [Fact]
    public async Task Pipeline_SeedArticles_FlagSwapPlacedIn2023()
    {
        using var client = Factory.CreateClient();

        var detail = await client.GetFromJsonAsync<JsonElement>("/api/sources/outlet-b");

        var flags = detail.GetProperty("explanation").GetProperty("flags").EnumerateArray().ToList();
        var flag = Assert.Single(flags, f => f.GetProperty("message").GetString()!.Contains("stated for 2023", StringComparison.Ordinal));
        Assert.Equal((int)ConsistencyKind.ImpossibleDate, flag.GetProperty("kind").GetInt32());
        Assert.Contains("dated 2025-05-23", flag.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(flags.Count, detail.GetProperty("source").GetProperty("flags").GetInt32());
    }

    [Fact]
    public async Task Pipeline_SeedArticles_CorroborateDatesOfNamedEvents()
    {
        var facts = await Storage.Tables.QueryAsync(Tables.Facts).Select(FactRow.ToDto).ToListAsync();

        // The Istanbul talks: "last week's talks" (outlet-a), "last week ... negotiations" (outlet-d), "a meeting ... on May 16" (outlet-e).
        var talks = Assert.Single(facts, f => f.FactKey == "meeting-date|any|russia,ukraine|2025-W20");
        Assert.Subset(talks.AgreeingSources.ToHashSet(), new HashSet<string> { "outlet-a", "outlet-d", "outlet-e" });
        Assert.Empty(talks.Conflicts);
        var continuation = Assert.Single(facts, f => f.FactKey == "swap-planned|any|russia,ukraine|2025-W21");
        Assert.Subset(continuation.AgreeingSources.ToHashSet(), new HashSet<string> { "outlet-b", "outlet-e" });
        Assert.DoesNotContain(facts, f => f.Contested && f.FactKey.StartsWith("date-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pipeline_SeedArticles_Agree1000PerSideAsConsensus()
    {
        var facts = await Storage.Tables.QueryAsync(Tables.Facts).Select(FactRow.ToDto).ToListAsync();

        var deal = Assert.Single(facts, f => f.FactKey.StartsWith("persons-agreed|per-side", StringComparison.Ordinal));
        Assert.Equal(1000, deal.Value);
        Assert.True(deal.AgreeingSources.Count(s => s.StartsWith("outlet-", StringComparison.Ordinal)) >= 4, string.Join(",", deal.AgreeingSources));
    }

    [Fact]
    public async Task Api_ArticleById_ReturnsStatusAndTheExactText()
    {
        using var client = Factory.CreateClient();
        var seed = SeedArticle.All.Single(s => s.Source == "outlet-d");
        var row = await Storage.Tables.QueryAsync(Tables.Articles).Select(ArticleRow.FromEntity).SingleAsync(a => a.Source == "outlet-d");

        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/articles/{row.ArticleId}");

        Assert.Equal(System.Text.Encoding.UTF8.GetString(seed.Content), detail.GetProperty("text").GetString());
        Assert.Equal("processed", detail.GetProperty("article").GetProperty("status").GetString());
        Assert.Equal("2025-05-24", detail.GetProperty("article").GetProperty("publishedAt").GetString());
    }

    [Fact]
    public async Task Api_FactByKey_Gives390PerSideWithItsSources()
    {
        using var client = Factory.CreateClient();
        var key = Uri.EscapeDataString("persons-released|per-side|russia,ukraine|2025-05-23");

        var fact = await client.GetFromJsonAsync<FactDto>($"/api/facts/{key}");

        Assert.Equal(390, fact!.Value);
        Assert.Contains("outlet-d", fact.AgreeingSources);
        Assert.Contains("outlet-e", fact.AgreeingSources);
    }

    [Fact]
    public async Task Api_ConflictsAndContestedFacts_ListTheSameContestedFacts()
    {
        using var client = Factory.CreateClient();

        var conflicts = await client.GetFromJsonAsync<Page<FactDto>>("/api/conflicts?limit=200");
        var contested = await client.GetFromJsonAsync<Page<FactDto>>("/api/facts?contested=true&limit=200");

        Assert.NotEmpty(conflicts!.Items);
        Assert.All(conflicts.Items, f => Assert.True(f.Contested && f.Conflicts.Count > 0));
        Assert.Equal(conflicts.Items.Select(f => f.FactKey).Order(), contested!.Items.Select(f => f.FactKey).Order());
        Assert.Contains(conflicts.Items, f => f.FactKey.StartsWith("meeting-duration", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Api_FactsByMeasure_ReturnsOnlyThatMeasure()
    {
        using var client = Factory.CreateClient();

        var page = await client.GetFromJsonAsync<Page<FactDto>>("/api/facts?measure=persons-released&limit=200");

        Assert.NotEmpty(page!.Items);
        Assert.All(page.Items, f => Assert.StartsWith("persons-released", f.FactKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Api_Sources_ListsAllFiveOutlets()
    {
        using var client = Factory.CreateClient();

        var page = await client.GetFromJsonAsync<Page<SourceDto>>("/api/sources");

        var outlets = page!.Items.Where(s => !s.QuotedParty).ToList();
        Assert.Equal(["outlet-a", "outlet-b", "outlet-c", "outlet-d", "outlet-e"], outlets.Select(s => s.Source).Order().ToArray());
        Assert.All(outlets, s => Assert.True(s.Claims > 0));
        Assert.All(page.Items.Where(s => s.QuotedParty), s => Assert.StartsWith("via:", s.Source, StringComparison.Ordinal));
        Assert.Null(page.ContinuationToken);
    }

    [Fact]
    public async Task Api_SourceDetail_HasCredibleIntervalAndExplanation()
    {
        using var client = Factory.CreateClient();

        var detail = await client.GetFromJsonAsync<JsonElement>("/api/sources/outlet-d");

        var source = detail.GetProperty("source");
        var (lower, score, upper) = (source.GetProperty("lower").GetDouble(), source.GetProperty("score").GetDouble(), source.GetProperty("upper").GetDouble());
        Assert.InRange(score, lower, upper);
        Assert.True(upper - lower is > 0.05 and < 1, $"a handful of claims leaves real uncertainty: [{lower}, {upper}]");
        Assert.NotEqual(0, detail.GetProperty("explanation").GetProperty("agreed").GetArrayLength());
    }

    [Fact]
    public async Task Api_SourcesPagedByTwo_VisitsEveryOutletOnce()
    {
        using var client = Factory.CreateClient();
        var seen = new List<string>();
        string? token = null;

        do
        {
            var url = "/api/sources?sort=name&limit=2" + (token is null ? string.Empty : "&continuationToken=" + Uri.EscapeDataString(token));
            var page = await client.GetFromJsonAsync<Page<SourceDto>>(url);
            seen.AddRange(page!.Items.Select(s => s.Source));
            token = page.ContinuationToken;
        }
        while (token is not null);

        Assert.Equal(["outlet-a", "outlet-b", "outlet-c", "outlet-d", "outlet-e"], seen.Where(s => !s.StartsWith("via:", StringComparison.Ordinal)));
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task Api_ArticlesFilteredBySourceAndDate_ReturnsThatArticle()
    {
        using var client = Factory.CreateClient();

        var page = await client.GetFromJsonAsync<Page<ArticleRow>>("/api/articles?source=outlet-d&from=2025-05-24&to=2025-05-24");

        Assert.Equal("outlet-d", Assert.Single(page!.Items).Source);
    }

    [Fact]
    public async Task Pipeline_SameArticleUploadedAgain_AddsNoClaims()
    {
        var seed = SeedArticle.All[0];
        var before = await Storage.Tables.QueryAsync(Tables.Claims).CountAsync();

        await UploadAsync(seed, seed.BlobName);
        await UploadAsync(seed, $"{seed.Source}/copy-of-{seed.File}");
        var copy = await Eventually.ReturnsAsync(() => UploadOutcomeAsync($"{seed.Source}/copy-of-{seed.File}"), o => o is not null, what: "the copy's outcome");
        await Eventually.ReturnsAsync(() => UploadOutcomeAsync(seed.BlobName), o => o!.At > copy!.At.AddSeconds(-30), what: "the re-upload's outcome");
        await Task.Delay(1000);

        Assert.Equal(UploadStatus.Duplicate, copy!.Status);
        Assert.Equal(before, await Storage.Tables.QueryAsync(Tables.Claims).CountAsync());
        var stored = await Storage.Blobs.DownloadIfExistsAsync(Factory.Options.NormalizedContainer, StoredArticle.BlobName(copy.ArticleId!));
        Assert.Equal(seed.BlobName, JsonSerializer.Deserialize<StoredArticle>(stored!.Content, Pipeline.Host.Contracts.ContractJson.Options)!.Blob);
    }

    [Fact]
    public async Task Api_ArticleClaims_ReturnsContractClaimsWithOffsets()
    {
        using var client = Factory.CreateClient();
        var article = await Storage.Tables.QueryAsync(Tables.Articles).Select(ArticleRow.FromEntity).FirstAsync(a => a.Source == "outlet-d");
        var text = System.Text.Encoding.UTF8.GetString(SeedArticle.All.Single(s => s.Source == "outlet-d").Content);

        var claims = await client.GetFromJsonAsync<List<JsonElement>>($"/api/articles/{article.ArticleId}/claims");

        var claim = Assert.Single(claims!, c => c.GetProperty("text").GetString() == "390 prisoners");
        Assert.Equal("390 prisoners", text[claim.GetProperty("start").GetInt32()..claim.GetProperty("end").GetInt32()]);
        Assert.Equal(390, claim.GetProperty("value").GetProperty("number").GetDouble());
    }

    [Fact]
    public async Task Api_ArticleClaims_CarryTheStatedPeriodAsRefersTo()
    {
        using var client = Factory.CreateClient();
        var article = await Storage.Tables.QueryAsync(Tables.Articles).Select(ArticleRow.FromEntity).FirstAsync(a => a.Source == "outlet-b");

        var claims = await client.GetFromJsonAsync<List<JsonElement>>($"/api/articles/{article.ArticleId}/claims");

        var rank = Assert.Single(claims!, c => c.GetProperty("text").GetString() == "fifth swap in 2023");
        Assert.Equal("2023-01-01/2023-12-31", rank.GetProperty("refersTo").GetString());
        Assert.Contains(claims!, c => c.GetProperty("kind").GetString() == "date_since" && c.GetProperty("refersTo").ValueKind == JsonValueKind.Null);
    }

    private Task UploadAsync(SeedArticle seed, string blobName) => pipeline.UploadAsync(seed, blobName);

    private async Task<UploadRow?> UploadOutcomeAsync(string blob)
    {
        var key = KeyHash.Of(blob);
        var row = await Storage.Tables.GetIfExistsAsync(Tables.Uploads, KeyHash.Bucket(key), key);
        return row is null ? null : UploadRow.FromEntity(row);
    }

    private async Task<List<TableEntity>> ClaimsOfAsync(string file)
    {
        var seed = SeedArticle.All.Single(s => s.File == file);
        var article = await Storage.Tables.QueryAsync(Tables.Articles).Select(ArticleRow.FromEntity).SingleAsync(a => a.FirstBlob == seed.BlobName);
        return await Storage.Tables.QueryAsync(Tables.Claims, new TableQuery(TableFilter.Equal("PartitionKey", article.ArticleId))).ToListAsync();
    }
}
