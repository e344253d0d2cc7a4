using System.Diagnostics;
using System.Text.Json;
using Pipeline.Integration.Tests.Support;

namespace Pipeline.Integration.Tests.Cli;

/// <summary>Runs the real executable, as scripts and evaluation tools do.</summary>
public class ExtractCommandTests
{
    [Fact]
    public async Task Extract_SeedArticle_PrintsTheContractWithOffsetsIntoText()
    {
        var file = RepositoryPaths.InShared("articles", "003_45a84143c75074a1.txt");

        var (exit, stdout, _) = await RunAsync("extract", file, "--source", "outlet-d", "--published", "2025-05-24", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var article = json.RootElement.GetProperty("articles")[0];
        var text = article.GetProperty("text").GetString()!;
        Assert.Equal("outlet-d", article.GetProperty("source").GetString());
        Assert.Equal("2025-05-24", article.GetProperty("publishedAt").GetString());
        Assert.Equal(File.ReadAllText(file), text);
        var claim = article.GetProperty("claims").EnumerateArray().First(c => c.GetProperty("text").GetString() == "390 prisoners");
        Assert.Equal("390 prisoners", text[claim.GetProperty("start").GetInt32()..claim.GetProperty("end").GetInt32()]);
        Assert.Equal("count", claim.GetProperty("kind").GetString());
        Assert.Equal(390, claim.GetProperty("value").GetProperty("number").GetDouble());
        Assert.Equal("exact", claim.GetProperty("qualifier").GetString());
        Assert.Equal("per_side", claim.GetProperty("scope").GetString());
        Assert.True(claim.TryGetProperty("factKey", out _) && claim.TryGetProperty("hedged", out _) && claim.TryGetProperty("entities", out _));
    }

    [Fact]
    public async Task Extract_FileWithMetadataHeader_TakesSourceAndDateFromIt_AndFindsNoClaimInIt()
    {
        var header = "Title: Pontoon bridge opens\nSource: Coastal Courier\nPublished: 2025-06-10\nWord count: 350\n\n";
        var body = "Pontoon bridge opens\n\nAbout 1,200 vehicles crossed the pontoon bridge yesterday, the council said.\n";
        var file = Path.Combine(Path.GetTempPath(), $"header-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, header + body);
        try
        {
            var (exit, stdout, _) = await RunAsync("extract", file, "--format", "json");

            Assert.Equal(0, exit);
            using var json = JsonDocument.Parse(stdout);
            var article = json.RootElement.GetProperty("articles")[0];
            Assert.Equal("coastal-courier", article.GetProperty("source").GetString());
            Assert.Equal("2025-06-10", article.GetProperty("publishedAt").GetString());
            Assert.Equal("Pontoon bridge opens", article.GetProperty("title").GetString());
            Assert.Equal(header + body, article.GetProperty("text").GetString());
            var claims = article.GetProperty("claims").EnumerateArray().ToList();
            Assert.All(claims, c => Assert.True(c.GetProperty("start").GetInt32() >= header.Length));
            var vehicles = claims.Single(c => c.GetProperty("kind").GetString() == "count");
            Assert.Equal("About 1,200 vehicles", vehicles.GetProperty("text").GetString());
            Assert.Equal(header.Length + body.IndexOf("About", StringComparison.Ordinal), vehicles.GetProperty("start").GetInt32());
            var yesterday = claims.Single(c => c.GetProperty("kind").GetString() == "date");
            Assert.Equal("2025-06-09", yesterday.GetProperty("value").GetProperty("start").GetString());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData(2, "extract")]
    [InlineData(2, "extract", "x.txt", "--format", "xml")]
    [InlineData(2, "extract", "x.txt", "--published", "yesterday")]
    [InlineData(1, "extract", "/no/such/file.txt")]
    [InlineData(2, "frobnicate")]
    public async Task Cli_BadUsageOrInput_ExitsWithDocumentedCode(int expected, params string[] args)
    {
        var (exit, _, stderr) = await RunAsync(args);

        Assert.Equal(expected, exit);
        Assert.StartsWith("error:", stderr.TrimStart(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    public static Task<(int Exit, string Stdout, string Stderr)> RunAsync(params string[] args) => RunAsync(new Dictionary<string, string>(), args);

    public static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var executable = Path.Combine(Path.GetDirectoryName(typeof(Pipeline.Host.PipelineApp).Assembly.Location)!, "pipeline");
        var info = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }
}
