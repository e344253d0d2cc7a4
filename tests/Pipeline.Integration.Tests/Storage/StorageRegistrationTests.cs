using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pipeline.Storage;
using Pipeline.Storage.Auth;
using Pipeline.Storage.Queues;
using Pipeline.Storage.Tables;

namespace Pipeline.Integration.Tests.Storage;

/// <summary>AddPipelineStorage and StorageSettings: the settings the Functions host uses, validated at start.</summary>
public class StorageRegistrationTests
{
    [Fact]
    public void AddPipelineStorage_ConnectionStringAndOptions_RegistersOneAccountAndItsClients()
    {
        using var provider = CreateSut(new()
        {
            ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
            ["Storage:MaxRetries"] = "2",
            ["Storage:QueueMessageEncoding"] = "None",
        });

        var account = provider.GetRequiredService<StorageAccount>();

        Assert.Same(account.Tables, provider.GetRequiredService<TableStorageClient>());
        Assert.Same(account.Queues, provider.GetRequiredService<QueueStorageClient>());
        Assert.Equal("devstoreaccount1", account.Connection.AccountName);
        Assert.Equal(2, provider.GetRequiredService<IOptions<StorageOptions>>().Value.MaxRetries);
        Assert.Equal(QueueMessageEncoding.None, provider.GetRequiredService<IOptions<StorageOptions>>().Value.QueueMessageEncoding);
    }

    [Fact]
    public void AddPipelineStorage_OptionOutOfRange_FailsValidationWithItsName()
    {
        using var provider = CreateSut(new() { ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true", ["Storage:MaxRetries"] = "50" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains("MaxRetries", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddPipelineStorage_BadConnectionString_FailsValidationNamingThePartWithoutTheKey()
    {
        using var provider = CreateSut(new() { ["AzureWebJobsStorage"] = "AccountName=a;AccountKey=c2VjcmV0!!" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains("'AccountKey'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("c2VjcmV0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AccountNameWithManagedIdentity_BuildsHttpsEndpointsAndAUserAssignedCredential()
    {
        var (connection, credential) = StorageSettings.Read(Configuration(new()
        {
            ["AzureWebJobsStorage:accountName"] = "news",
            ["AzureWebJobsStorage:credential"] = "managedidentity",
            ["AzureWebJobsStorage:clientId"] = "00000000-0000-0000-0000-000000000001",
        }));

        Assert.Equal(new Uri("https://news.queue.core.windows.net"), connection.QueueEndpoint);
        Assert.Null(connection.AccountKey);
        Assert.IsType<ManagedIdentityCredential>(credential);
    }

    [Fact]
    public void Read_ServiceUrisWithoutAccountName_TakesTheAccountFromTheBlobUriAndUsesDefaultAzureCredential()
    {
        var (connection, credential) = StorageSettings.Read(Configuration(new()
        {
            ["AzureWebJobsStorage:blobServiceUri"] = "https://news.blob.core.windows.net/",
            ["AzureWebJobsStorage:queueServiceUri"] = "https://news.queue.core.windows.net",
            ["AzureWebJobsStorage:tableServiceUri"] = "https://news.table.core.windows.net",
        }));

        Assert.Equal("news", connection.AccountName);
        Assert.Equal(new Uri("https://news.table.core.windows.net"), connection.TableEndpoint);
        Assert.IsType<DefaultAzureCredential>(credential);
    }

    [Fact]
    public void Read_ConnectionStringsSection_WinsLikeInTheFunctionsHost()
    {
        var (connection, credential) = StorageSettings.Read(Configuration(new() { ["ConnectionStrings:AzureWebJobsStorage"] = "UseDevelopmentStorage=true" }));

        Assert.Equal(StorageConnection.DevelopmentAccountName, connection.AccountName);
        Assert.Null(credential);
    }

    [Theory]
    [InlineData("AzureWebJobsStorage:queueServiceUri", "http://news.queue.core.windows.net")]
    [InlineData("AzureWebJobsStorage:tableServiceUri", "not a uri")]
    public void Read_BadServiceUri_NamesTheSetting(string key, string value)
    {
        var error = Assert.Throws<FormatException>(() => StorageSettings.Read(Configuration(new() { ["AzureWebJobsStorage:accountName"] = "news", [key] = value })));

        Assert.Contains(key.Split(':')[1], error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NothingConfigured_SaysWhatToSet()
    {
        var error = Assert.Throws<InvalidOperationException>(() => StorageSettings.Read(Configuration([])));

        Assert.Contains("AzureWebJobsStorage__accountName", error.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    private static ServiceProvider CreateSut(Dictionary<string, string?> values) =>
        new ServiceCollection().AddLogging().AddPipelineStorage(Configuration(values)).BuildServiceProvider();
}
