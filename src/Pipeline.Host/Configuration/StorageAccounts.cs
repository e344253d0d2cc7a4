using Pipeline.Storage;

namespace Pipeline.Host.Configuration;

/// <summary>Builds the storage account from <c>AzureWebJobsStorage</c> (a connection string or identity-based settings).</summary>
public static class StorageAccounts
{
    public static StorageAccount Create(IConfiguration configuration, StorageOptions options, TimeProvider clock)
    {
        var (connection, credential) = StorageSettings.Read(configuration);
        return new StorageAccount(connection, options, clock, credential);
    }
}
