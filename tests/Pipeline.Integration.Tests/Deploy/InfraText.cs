using System.Reflection;
using System.Text.RegularExpressions;
using Pipeline.Host.Configuration;
using Pipeline.Integration.Tests.Support;

namespace Pipeline.Integration.Tests.Deploy;

/// <summary>
/// infra/ read as text (no Bicep compiler here), and the settings the app reads, derived from the code so the two
/// cannot drift apart unnoticed.
/// </summary>
public static partial class InfraText
{
    /// <summary>PipelineOptions properties that are deliberately not app settings in Azure, with the reason.</summary>
    public static readonly IReadOnlyDictionary<string, string> NotDeployed = new Dictionary<string, string>
    {
        [nameof(PipelineOptions.ApiKey)] = "guards the API only in standalone mode beyond loopback; in Azure the Functions host's keys guard Query, and a secret belongs in Key Vault, not in Bicep",
        [nameof(PipelineOptions.CorsOrigins)] = "standalone mode's CORS; in Azure the Functions platform's CORS setting (siteConfig.cors) governs browser access",
        [nameof(PipelineOptions.ScanInterval)] = "standalone mode's container-scan interval; in Azure the Functions host delivers the triggers (Event Grid for blobs)",
    };

    public static string Infra(params string[] parts) => RepositoryPaths.InRoot(["infra", .. parts]);

    public static IReadOnlyList<string> BicepFiles() =>
        Directory.EnumerateFiles(Infra(), "*.bicep", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

    public static string AllBicep() => string.Join('\n', BicepFiles().Select(File.ReadAllText));

    /// <summary>Every <c>Name: value</c> line whose name looks like an app setting the app or the host reads.</summary>
    public static IReadOnlyDictionary<string, string> AppSettings() =>
        AppSettingLine().Matches(AllBicep()).ToDictionary(m => m.Groups["key"].Value, m => m.Groups["value"].Value.Trim(), StringComparer.Ordinal);

    /// <summary>The <c>var pipeline = { ... }</c> object in main.bicep: option name to its Bicep string value.</summary>
    public static IReadOnlyDictionary<string, string> PipelineDefaults()
    {
        var main = File.ReadAllText(Infra("main.bicep"));
        var block = PipelineBlock().Match(main);
        if (!block.Success)
        {
            throw new InvalidOperationException("main.bicep has no 'var pipeline = { ... }' block.");
        }

        return StringProperty().Matches(block.Groups["body"].Value)
            .ToDictionary(m => m.Groups["key"].Value, m => m.Groups["value"].Value, StringComparer.Ordinal);
    }

    /// <summary>The string literals of <c>var &lt;name&gt; = [ ... ]</c> in main.bicep.</summary>
    public static IReadOnlyList<string> StringArray(string name)
    {
        var main = File.ReadAllText(Infra("main.bicep"));
        var array = Regex.Match(main, $@"^var {Regex.Escape(name)} = \[(?<items>[^\]]*)\]", RegexOptions.Multiline);
        return array.Success
            ? Regex.Matches(array.Groups["items"].Value, "'([^']*)'").Select(m => m.Groups[1].Value).ToList()
            : throw new InvalidOperationException($"main.bicep has no 'var {name} = [...]'.");
    }

    /// <summary>PipelineOptions' public settable properties, minus <see cref="NotDeployed"/>.</summary>
    public static IEnumerable<PropertyInfo> DeployedOptions() =>
        typeof(PipelineOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && !NotDeployed.ContainsKey(p.Name));

    /// <summary>The <c>%Setting%</c> names the function.json files resolve (the Functions host fails without them).</summary>
    public static IEnumerable<string> FunctionJsonSettings() =>
        FunctionJsonFiles()
            .SelectMany(f => File.ReadAllText(f).Split('%').Where((_, i) => i % 2 == 1))
            .Distinct(StringComparer.Ordinal);

    /// <summary>The <c>AzureWebJobsStorage__*</c> keys StorageSettings reads, taken from its source.</summary>
    public static IEnumerable<string> StorageIdentitySettings()
    {
        var source = File.ReadAllText(RepositoryPaths.InRoot("src", "Pipeline.Storage", "StorageSettings.cs"));
        return StorageKey().Matches(source).Select(m => $"AzureWebJobsStorage__{m.Groups["key"].Value}").Distinct(StringComparer.Ordinal);
    }

    public static IEnumerable<string> FunctionJsonFiles() =>
        Directory.EnumerateFiles(RepositoryPaths.InRoot("src", "Pipeline.Host", "Functions"), "function.json", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal);

    /// <summary>Function folder names whose trigger binding is of the given type.</summary>
    public static IEnumerable<string> FunctionsWithTrigger(string type) =>
        FunctionJsonFiles().Where(f => Regex.IsMatch(File.ReadAllText(f), $"\"type\"\\s*:\\s*\"{type}\""))
            .Select(f => Path.GetFileName(Path.GetDirectoryName(f)!));

    [GeneratedRegex(@"^\s*'?(?<key>(?:AzureWebJobsStorage__|Pipeline__|APPLICATIONINSIGHTS_)\w+)'?\s*:\s*(?<value>.+)$", RegexOptions.Multiline)]
    private static partial Regex AppSettingLine();

    [GeneratedRegex(@"^var pipeline = \{(?<body>.*?)^\}", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex PipelineBlock();

    [GeneratedRegex(@"^\s*(?<key>\w+)\s*:\s*'(?<value>[^']*)'\s*$", RegexOptions.Multiline)]
    private static partial Regex StringProperty();

    [GeneratedRegex(@"(?:section\[""|ServiceUri\(section, "")(?<key>\w+)""")]
    private static partial Regex StorageKey();
}
