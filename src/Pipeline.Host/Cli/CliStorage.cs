using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Pipeline.Host.Configuration;
using Pipeline.Storage;

namespace Pipeline.Host.Cli;

/// <summary>Configuration and storage for commands: appsettings.json, then environment, then <c>--connection</c>.</summary>
public static class CliStorage
{
    public static readonly Option<string?> Connection = new("--connection")
    {
        Description = "A storage connection string (default: the AzureWebJobsStorage setting, or Azurite on its default ports).",
    };

    public static readonly Option<string?> AccountName = new("--account-name")
    {
        Description = "Use this Azure storage account with DefaultAzureCredential (az login, managed identity) instead of a key.",
    };

    public static IConfiguration Configuration(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var overrides = new Dictionary<string, string?>();
        if (parse.GetValue(Connection) is { } connection)
        {
            overrides["AzureWebJobsStorage"] = connection;
        }
        else if (parse.GetValue(AccountName) is { } account)
        {
            overrides["AzureWebJobsStorage"] = null;
            overrides["AzureWebJobsStorage:accountName"] = account;
        }

        return new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides)
            .Build();
    }

    public static (StorageAccount Account, PipelineOptions Options) Open(ParseResult parse)
    {
        var configuration = Configuration(parse);
        var options = configuration.GetSection(PipelineOptions.Section).Get<PipelineOptions>() ?? new PipelineOptions();
        var storageOptions = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        return (StorageAccount.FromConfiguration(configuration, storageOptions, TimeProvider.System), options);
    }

    public static void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Connection);
        command.Options.Add(AccountName);
    }
}
