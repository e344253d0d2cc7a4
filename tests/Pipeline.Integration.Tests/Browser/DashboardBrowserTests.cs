using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Pipeline.Integration.Tests.Browser;

/// <summary>The dashboard in a real browser (Debian's chromium) over a pipeline that processed the five seed articles.</summary>
public sealed class DashboardBrowserTests(DashboardFixture dashboard) : IClassFixture<DashboardFixture>
{
    private JsonElement Report => dashboard.Report;

    [Fact]
    public void Browser_DashboardWalkthrough_RaisesNoPageErrorsWithinBudget()
    {
        Assert.Empty(Strings("errors"));
        Assert.True(dashboard.BrowserTime < TimeSpan.FromSeconds(45), $"the browser walk took {dashboard.BrowserTime}");
    }

    [Fact]
    public async Task Root_WithoutApiKey_ServesTheDashboardAsStaticFiles()
    {
        using var index = await dashboard.Client.GetAsync(new Uri("/", UriKind.Relative));
        using var script = await dashboard.Client.GetAsync(new Uri("/app.js", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, index.StatusCode);
        Assert.Equal("text/html", index.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>Pipeline dashboard</title>", await index.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Equal(200, Report.GetProperty("rootStatus").GetInt32());
    }

    [Fact]
    public void Leaderboard_SeedPipeline_ListsTheFiveOutletsWithIntervalBars()
    {
        // Quoted parties ("via:...") are scored too; the outlets are what the seeds guarantee.
        var sources = Strings("sources").Where(s => !s.StartsWith("via:", StringComparison.Ordinal)).ToList();
        var labels = Strings("intervalLabels").Where(l => l.StartsWith("outlet-", StringComparison.Ordinal)).ToList();

        Assert.Equal(["outlet-a", "outlet-b", "outlet-c", "outlet-d", "outlet-e"], sources.Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(5, labels.Count);
        Assert.All(labels, l => Assert.Matches(@"^outlet-[a-e]: score 0\.\d\d, 95% interval 0\.\d\d to (0\.\d\d|1\.00)$", l));
    }

    [Fact]
    public async Task Leaderboard_DefaultSort_MatchesTheApiRanking()
    {
        var page = await dashboard.Client.GetFromJsonAsync<JsonElement>("api/sources?sort=score");

        var expected = page.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("source").GetString() ?? string.Empty).ToArray();
        Assert.Equal(expected, Strings("sources"));
    }

    [Fact]
    public void Leaderboard_SortByNameThenMinClaims_ReordersAndFilters()
    {
        var byName = Strings("sortedByName").Where(s => !s.StartsWith("via:", StringComparison.Ordinal)).ToList();

        Assert.Equal(["outlet-a", "outlet-b", "outlet-c", "outlet-d", "outlet-e"], byName);
        Assert.Equal(0, Report.GetProperty("rowsWithMinClaims1000").GetInt32());
    }

    [Fact]
    public void Keyboard_FirstTabOnFreshLoad_ReachesTheSkipLink()
    {
        Assert.Equal("Skip to content", Report.GetProperty("firstTab").GetString());
    }

    [Fact]
    public void ArticleList_FilteredByOutletD_ShowsOnlyItsArticle()
    {
        Assert.Equal(["outlet-d"], Strings("articleSources"));
        Assert.StartsWith("#/articles/", Report.GetProperty("articleHash").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArticleView_OutletD_Highlights390PrisonersClaimAsAgreed()
    {
        var marks = Report.GetProperty("marks").EnumerateArray().ToList();
        var articleId = Report.GetProperty("articleHash").GetString()!.Split('/')[2];
        var claims = await dashboard.Client.GetFromJsonAsync<JsonElement>($"api/articles/{articleId}/claims");

        var mark = Assert.Single(marks, m => m.GetProperty("text").GetString() == "390 prisoners");
        Assert.Equal("agreed", mark.GetProperty("category").GetString());
        Assert.InRange(marks.Count, claims.GetArrayLength(), claims.GetArrayLength() * 3);
        Assert.True(Report.GetProperty("articleTextMatches").GetBoolean(), "the highlighted text reads exactly as the article");
    }

    [Fact]
    public void ArticleView_FocusOn390Claim_ShowsDetailsAndEnterJumpsToItsRow()
    {
        var tooltip = Report.GetProperty("tooltip390").GetString();

        Assert.True(Report.GetProperty("tooltipVisible").GetBoolean());
        Assert.Contains("persons-released|per-side|russia,ukraine|2025-05-23", tooltip, StringComparison.Ordinal);
        Assert.Contains("390 prisoners (bounds 390–390)", tooltip, StringComparison.Ordinal);
        Assert.Matches("^claim-[0-9a-f]+$", Report.GetProperty("focusAfterEnter").GetString());
    }

    [Fact]
    public void Highlighter_OverlappingClaimsAndMarkup_SplitsMarksAndKeepsTextVerbatim()
    {
        var overlap = Report.GetProperty("overlap");

        Assert.Equal("a <b>390 prisoners</b> & more", overlap.GetProperty("joined").GetString());
        var marked = overlap.GetProperty("marked").EnumerateArray().Select(p => $"{p[0].GetString()}={p[1].GetString()}").ToArray();
        Assert.Equal(["390 =x", "prisoners=x+y", "</b>=y"], marked);
        Assert.Equal(1, overlap.GetProperty("dropped").GetInt32());
    }

    [Fact]
    public async Task Conflicts_SeedPipeline_ShowsOneCardPerContestedFact()
    {
        var page = await dashboard.Client.GetFromJsonAsync<JsonElement>("api/conflicts?limit=50");

        Assert.Equal(page.GetProperty("items").GetArrayLength(), Report.GetProperty("conflictCards").GetInt32());
    }

    [Fact]
    public void FactView_390PerSide_ChartLabelNamesEachSourceAndTheConsensus()
    {
        var label = Report.GetProperty("factChartLabel").GetString();

        Assert.StartsWith("persons-released|per-side|russia,ukraine|2025-05-23: consensus 390;", label, StringComparison.Ordinal);
        Assert.Contains("outlet-d 390 (agrees)", label, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiKey_Unauthorized_PromptsAndSendsTheKeyHeader()
    {
        var sources = await dashboard.Client.GetFromJsonAsync<JsonElement>("api/sources");

        Assert.Equal("API key required", Report.GetProperty("keyPrompt").GetString());
        Assert.Equal("let-me-in", Report.GetProperty("keySent").GetString());
        Assert.Equal(sources.GetProperty("items").GetArrayLength(), Report.GetProperty("sourcesWithKey").GetInt32());
    }

    [Theory]
    [InlineData("sources.png")]
    [InlineData("article.png")]
    [InlineData("conflicts.png")]
    public void Screenshots_AfterWalkthrough_AreSavedAsPng(string name)
    {
        var file = Path.Combine(DashboardFixture.ScreenshotFolder, name);

        var header = File.ReadAllBytes(file).Take(8).ToArray();
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, header);
        Assert.True(new FileInfo(file).Length > 10_000, $"{name} is suspiciously small");
    }

    private List<string> Strings(string property) => Report.GetProperty(property).EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToList();
}
