using System.Text.Json;
using System.Text.RegularExpressions;
using Pipeline.Host.Configuration;
using Pipeline.Integration.Tests.Support;

namespace Pipeline.Integration.Tests.Deploy;

/// <summary>infra/ and azure.yaml checked as text against the code: settings, names, identity-only storage, no secrets.</summary>
public partial class InfraTemplateTests
{
    public static TheoryData<string> SettingsTheAppReads() => [.. SettingNames()];

    public static TheoryData<string> DeployedOptionNames() => [.. InfraText.DeployedOptions().Select(p => p.Name)];

    public static TheoryData<string> InfraFiles() =>
        [.. Directory.EnumerateFiles(InfraText.Infra(), "*", SearchOption.AllDirectories)
            .Append(RepositoryPaths.InRoot("azure.yaml"))
            .Select(f => Path.GetRelativePath(RepositoryPaths.Root, f))
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(SettingsTheAppReads))]
    public void AppSettings_SettingTheAppReads_IsSet(string setting)
    {
        Assert.True(InfraText.AppSettings().ContainsKey(setting), $"no app setting '{setting}' in infra/**/*.bicep");
    }

    [Fact]
    public void SettingsTheAppReads_DerivedFromCode_CoverOptionsFunctionJsonAndStorage()
    {
        var names = SettingNames().ToList();

        Assert.Contains("Pipeline__ArticlesContainer", names);
        Assert.Contains("Pipeline__RollupSchedule", names);
        Assert.DoesNotContain("Pipeline__ApiKey", names);
        Assert.DoesNotContain("Pipeline__Tables", names);
        Assert.Superset(
            new HashSet<string>(["AzureWebJobsStorage__accountName", "AzureWebJobsStorage__blobServiceUri", "AzureWebJobsStorage__queueServiceUri",
                "AzureWebJobsStorage__tableServiceUri", "AzureWebJobsStorage__credential", "AzureWebJobsStorage__clientId"]),
            names.ToHashSet());
    }

    [Fact]
    public void AppSettings_Storage_IsIdentityBasedWithTheUserAssignedClientId()
    {
        var settings = InfraText.AppSettings();

        Assert.Equal("'managedidentity'", settings["AzureWebJobsStorage__credential"]);
        Assert.Equal("identityClientId", settings["AzureWebJobsStorage__clientId"]);
        Assert.Equal("storage.properties.primaryEndpoints.queue", settings["AzureWebJobsStorage__queueServiceUri"]);
        Assert.Equal("storage.properties.primaryEndpoints.table", settings["AzureWebJobsStorage__tableServiceUri"]);
        Assert.DoesNotContain(@"AzureWebJobsStorage:", InfraText.AllBicep(), StringComparison.Ordinal);
    }

    [Fact]
    public void AppSettings_ApplicationInsights_AuthenticateWithTheIdentity()
    {
        var settings = InfraText.AppSettings();

        Assert.Equal("'ClientId=${identityClientId};Authorization=AAD'", settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]);
        Assert.Equal("applicationInsights.properties.ConnectionString", settings["APPLICATIONINSIGHTS_CONNECTION_STRING"]);
        Assert.Contains("DisableLocalAuth: true", File.ReadAllText(InfraText.Infra("app", "monitoring.bicep")), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(DeployedOptionNames))]
    public void PipelineDefaults_Option_MatchesTheAppDefaultAndFeedsItsAppSetting(string option)
    {
        var expected = typeof(PipelineOptions).GetProperty(option)!.GetValue(new PipelineOptions())?.ToString();

        Assert.Equal(expected, InfraText.PipelineDefaults()[option]);
        Assert.Equal($"pipeline.{option}", InfraText.AppSettings()[$"Pipeline__{option}"]);
    }

    [Fact]
    public void PipelineDefaults_FunctionJsonOnlySettings_MatchTheLocalSample()
    {
        using var sample = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.InRoot("local.settings.sample.json")));
        var options = InfraText.DeployedOptions().Select(p => p.Name).ToHashSet();
        var functionJsonOnly = InfraText.FunctionJsonSettings()
            .Where(s => s.StartsWith("Pipeline__", StringComparison.Ordinal) && !options.Contains(s["Pipeline__".Length..]))
            .ToList();

        Assert.Equal(new[] { "Pipeline__RollupSchedule" }, functionJsonOnly);
        Assert.All(functionJsonOnly, setting => Assert.Equal(
            sample.RootElement.GetProperty("Values").GetProperty(setting).GetString(),
            InfraText.PipelineDefaults()[setting["Pipeline__".Length..]]));
    }

    [Fact]
    public void Tables_InMainBicep_MatchTableNamesWithThePrefix()
    {
        var main = File.ReadAllText(InfraText.Infra("main.bicep"));

        Assert.Equal(new TableNames(string.Empty).All, InfraText.StringArray("tableNames"));
        Assert.Contains("tableNames: map(tableNames, table => '${pipeline.TablePrefix}${table}')", main, StringComparison.Ordinal);
    }

    [Fact]
    public void Storage_ContainersAndQueues_AreTheAppsPlusPoisonAndDeployment()
    {
        var main = File.ReadAllText(InfraText.Infra("main.bicep"));

        Assert.Contains("containerNames: [pipeline.ArticlesContainer, pipeline.RejectedContainer, pipeline.NormalizedContainer, deploymentContainerName]", main, StringComparison.Ordinal);
        Assert.Contains("queueNames: [pipeline.ClaimsQueue, '${pipeline.ClaimsQueue}-poison']", main, StringComparison.Ordinal);
        Assert.Equal("article-claims", new PipelineOptions().ClaimsQueue);
    }

    [Fact]
    public void StorageAccount_SharedKeyAccess_IsDisabledAndTls12Required()
    {
        var storage = File.ReadAllText(InfraText.Infra("app", "storage.bicep"));
        var all = InfraText.AllBicep();

        HasAll(storage, "allowSharedKeyAccess: false", "minimumTlsVersion: 'TLS1_2'", "allowBlobPublicAccess: false");
        Assert.DoesNotContain("allowSharedKeyAccess: true", all, StringComparison.Ordinal);
        Assert.All(Regex.Matches(all, @"listKeys\((?<args>[^)]*)\)").Select(m => m.Groups["args"].Value),
            args => Assert.Contains("/host/default", args, StringComparison.Ordinal));
    }

    [Fact]
    public void FunctionApp_Plan_IsFlexConsumptionRunningTheCustomRuntime()
    {
        var function = File.ReadAllText(InfraText.Infra("app", "function.bicep"));

        HasAll(function, "name: 'FC1'", "tier: 'FlexConsumption'", "kind: 'functionapp,linux'", "type: 'UserAssigned'");
        Assert.Matches(@"runtime: \{\s*name: 'custom'\s*version: '1.0'\s*\}", function);
        Assert.Matches(@"authentication: \{\s*type: 'UserAssignedIdentity'\s*userAssignedIdentityResourceId: identityId", function);
    }

    [Fact]
    public void RoleAssignments_Identity_GetsStorageDataAndMetricsRoles()
    {
        var rbac = File.ReadAllText(InfraText.Infra("app", "rbac.bicep"));

        HasAll(rbac,
            "storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'",
            "storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'",
            "storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'",
            "monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'",
            "var identityStorageRoles = [roles.storageBlobDataOwner, roles.storageQueueDataContributor, roles.storageTableDataContributor]",
            "storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'");
    }

    [Fact]
    public void BlobEvents_Webhook_TargetsTheBlobTriggerFunctionWithItsSystemKey()
    {
        var main = File.ReadAllText(InfraText.Infra("main.bicep"));
        var events = File.ReadAllText(InfraText.Infra("app", "blob-events.bicep"));
        var blobFunction = Assert.Single(InfraText.FunctionsWithTrigger("blobTrigger"));

        HasAll(main,
            $"var blobTriggerFunctionName = '{blobFunction}'",
            "module blobEvents 'app/blob-events.bicep' = if (blobEventSubscription) {",
            "containerName: pipeline.ArticlesContainer");
        HasAll(events,
            "'https://${site.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.${functionName}&code=${blobsExtensionKey}'",
            "listKeys('${site.id}/host/default', '2024-04-01').systemKeys.blobs_extension",
            "includedEventTypes: ['Microsoft.Storage.BlobCreated']",
            "subjectBeginsWith: '/blobServices/default/containers/${containerName}/'");
    }

    [Fact]
    public void MainParameters_EveryValue_IsAMainBicepParameter()
    {
        using var parameters = JsonDocument.Parse(File.ReadAllText(InfraText.Infra("main.parameters.json")));
        var main = File.ReadAllText(InfraText.Infra("main.bicep"));
        var declared = Regex.Matches(main, @"^param (\w+) ", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToHashSet();
        var required = Regex.Matches(main, @"^param (\w+) \w+$", RegexOptions.Multiline).Select(m => m.Groups[1].Value);
        var supplied = parameters.RootElement.GetProperty("parameters").EnumerateObject().Select(p => p.Name).ToList();

        Assert.All(supplied, name => Assert.Contains(name, declared));
        Assert.All(required, name => Assert.Contains(name, supplied));
        Assert.Equal("${PIPELINE_BLOB_EVENTS=false}", parameters.RootElement.GetProperty("parameters").GetProperty("blobEventSubscription").GetProperty("value").GetString());
    }

    [Fact]
    public void AzureYaml_Service_DeploysThePublishFolderToTheTaggedFunctionApp()
    {
        var yaml = File.ReadAllText(RepositoryPaths.InRoot("azure.yaml"));
        var publish = File.ReadAllText(InfraText.Infra("hooks", "publish.sh"));
        var main = File.ReadAllText(InfraText.Infra("main.bicep"));
        var dist = Regex.Match(yaml, @"^\s+dist: (\S+)$", RegexOptions.Multiline).Groups[1].Value;

        Assert.Matches(@"(?m)^services:\n  pipeline:$", yaml);
        Assert.Matches(@"(?m)^\s+host: function$", yaml);
        Assert.Matches(@"(?m)^\s+language: custom$", yaml);
        Assert.Matches(@"(?m)^\s+run: infra/hooks/publish.sh$", yaml);
        Assert.Matches(@"(?m)^\s+run: infra/hooks/postdeploy.sh$", yaml);
        Assert.Equal("artifacts/azd/pipeline", dist);
        Assert.Contains($"out=\"$root/{dist}\"", publish, StringComparison.Ordinal);
        Assert.Contains("-c Release -r linux-x64 --self-contained", publish, StringComparison.Ordinal);
        Assert.Contains("var serviceName = 'pipeline'", main, StringComparison.Ordinal);
        Assert.Contains("tags: union(tags, { 'azd-service-name': serviceName })", main, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(InfraFiles))]
    public void InfraFile_Content_HasNoSecretOrKey(string file)
    {
        var text = File.ReadAllText(RepositoryPaths.InRoot(file));

        Assert.Empty(SecretFindings(text));
    }

    [Theory]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=st;AccountKey=abc;EndpointSuffix=core.windows.net")]
    [InlineData("BlobEndpoint=https://st.blob.core.windows.net/;SharedAccessSignature=sv=2025-11-05&ss=b")]
    [InlineData("https://st.blob.core.windows.net/articles?sv=2025-11-05&sp=r&sig=abc")]
    [InlineData("Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=root;SharedAccessKey=abc")]
    [InlineData("InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://x")]
    public void SecretFindings_KnownSecretShape_IsFound(string text)
    {
        Assert.NotEmpty(SecretFindings(text));
    }

    [Fact]
    public void SecretFindings_Base64Key_IsFoundButRoleIdsAreNot()
    {
        var key = Convert.ToBase64String(Enumerable.Range(0, 64).Select(i => (byte)(i * 37)).ToArray());

        Assert.NotEmpty(SecretFindings($"key: '{key}'"));
        Assert.Empty(SecretFindings("storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'"));
    }

    private static void HasAll(string text, params string[] fragments) =>
        Assert.All(fragments, fragment => Assert.Contains(fragment, text, StringComparison.Ordinal));

    private static IEnumerable<string> SettingNames() =>
        InfraText.DeployedOptions().Select(p => $"Pipeline__{p.Name}")
            .Concat(InfraText.FunctionJsonSettings())
            .Concat(InfraText.StorageIdentitySettings())
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);

    private static List<string> SecretFindings(string text) =>
        SecretPatterns().SelectMany(p => p.Matches(text)).Select(m => m.Value).ToList();

    private static IEnumerable<Regex> SecretPatterns() =>
        [AccountKey(), SharedAccess(), SasSignature(), InstrumentationKey(), Base64Key()];

    [GeneratedRegex(@"AccountKey\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex AccountKey();

    [GeneratedRegex(@"SharedAccess(Signature|Key)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex SharedAccess();

    [GeneratedRegex(@"[?&;]sig=", RegexOptions.IgnoreCase)]
    private static partial Regex SasSignature();

    [GeneratedRegex(@"InstrumentationKey\s*=\s*[0-9a-f]{8}-", RegexOptions.IgnoreCase)]
    private static partial Regex InstrumentationKey();

    [GeneratedRegex(@"(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{40,}={0,2}")]
    private static partial Regex Base64Key();
}
