using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Pipeline.Storage.Auth;

namespace Pipeline.Storage;

/// <summary>
/// Reads a storage connection the way the Functions host does: a connection string in <c>AzureWebJobsStorage</c>,
/// or identity-based settings <c>AzureWebJobsStorage__accountName</c>, <c>__blobServiceUri</c>, <c>__queueServiceUri</c>,
/// <c>__tableServiceUri</c>, <c>__credential</c> and <c>__clientId</c>.
/// </summary>
public static class StorageSettings
{
    public const string ConnectionName = "AzureWebJobsStorage";

    public static (StorageConnection Connection, TokenCredential? Credential) Read(IConfiguration configuration, string name = ConnectionName)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration[name] is { Length: > 0 } connectionString)
        {
            return (ConnectionStringParser.Parse(connectionString), null);
        }

        var section = configuration.GetSection(name);
        var account = section["accountName"];
        if (string.IsNullOrEmpty(account) && string.IsNullOrEmpty(section["blobServiceUri"]))
        {
            throw new InvalidOperationException($"No storage configured: set '{name}' to a connection string, or '{name}__accountName' for managed identity.");
        }

        var connection = new StorageConnection(
            account ?? AccountFrom(section["blobServiceUri"]!),
            ServiceUri(section, "blobServiceUri", account, "blob"),
            ServiceUri(section, "queueServiceUri", account, "queue"),
            ServiceUri(section, "tableServiceUri", account, "table"));
        return (connection, Credential(section));
    }

    private static TokenCredential Credential(IConfigurationSection section)
    {
        var clientId = section["clientId"];
        return string.Equals(section["credential"], "managedidentity", StringComparison.OrdinalIgnoreCase)
            ? new ManagedIdentityCredential(clientId is null ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId });
    }

    private static Uri ServiceUri(IConfigurationSection section, string key, string? account, string service) =>
        section[key] is { Length: > 0 } uri
            ? new Uri(uri.TrimEnd('/'))
            : new Uri($"https://{account ?? throw new InvalidOperationException($"Set '{section.Path}__{key}' or '{section.Path}__accountName'.")}.{service}.core.windows.net");

    private static string AccountFrom(string blobServiceUri) => new Uri(blobServiceUri).Host.Split('.')[0];
}
