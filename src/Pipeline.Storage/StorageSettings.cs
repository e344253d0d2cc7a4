using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Pipeline.Storage.Auth;

namespace Pipeline.Storage;

/// <summary>
/// Reads a storage connection the way the Functions host does: a connection string in <c>ConnectionStrings:AzureWebJobsStorage</c>
/// or <c>AzureWebJobsStorage</c>, or identity-based settings <c>AzureWebJobsStorage__accountName</c>, <c>__blobServiceUri</c>,
/// <c>__queueServiceUri</c>, <c>__tableServiceUri</c>, <c>__credential</c> (<c>managedidentity</c>) and <c>__clientId</c>.
/// </summary>
public static class StorageSettings
{
    public const string ConnectionName = "AzureWebJobsStorage";

    public static (StorageConnection Connection, TokenCredential? Credential) Read(IConfiguration configuration, string name = ConnectionName)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if ((configuration.GetConnectionString(name) ?? configuration[name]) is { Length: > 0 } connectionString)
        {
            return (ConnectionStringParser.Parse(connectionString), null);
        }

        var section = configuration.GetSection(name);
        var account = section["accountName"];
        var blob = ServiceUri(section, "blobServiceUri");
        account ??= ConnectionStringParser.AccountFromEndpoint(blob)
            ?? throw new InvalidOperationException($"No storage configured: set '{name}' to a connection string, or '{name}__accountName' (or '{name}__blobServiceUri') for an identity.");
        var connection = new StorageConnection(
            account,
            blob ?? Default(account, "blob"),
            ServiceUri(section, "queueServiceUri") ?? Default(account, "queue"),
            ServiceUri(section, "tableServiceUri") ?? Default(account, "table"));
        return (connection, Credential(section));
    }

    private static TokenCredential Credential(IConfigurationSection section)
    {
        var clientId = section["clientId"];
        if (string.Equals(section["credential"], "managedidentity", StringComparison.OrdinalIgnoreCase))
        {
            return new ManagedIdentityCredential(clientId is { Length: > 0 } ? ManagedIdentityId.FromUserAssignedClientId(clientId) : ManagedIdentityId.SystemAssigned);
        }

        return new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId, WorkloadIdentityClientId = clientId });
    }

    private static Uri? ServiceUri(IConfigurationSection section, string key)
    {
        if (section[key] is not { Length: > 0 } raw)
        {
            return null;
        }

        return Uri.TryCreate(raw.TrimEnd('/'), UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Query.Length == 0
            ? uri
            : throw new FormatException($"'{section.Path}__{key}' must be an absolute https URL without a query.");
    }

    private static Uri Default(string account, string service) => new($"https://{account}.{service}.core.windows.net");
}
