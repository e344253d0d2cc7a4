using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pipeline.Storage.Blobs;
using Pipeline.Storage.Queues;
using Pipeline.Storage.Tables;

namespace Pipeline.Storage;

/// <summary>Registers the storage account and its clients for the host.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="StorageOptions"/> from the <c>Storage</c> section (validated at start, together with the
    /// connection), reads the connection from <c>AzureWebJobsStorage</c> the way the Functions host does, and registers
    /// a singleton <see cref="StorageAccount"/> with its blob, lease, queue and table clients.
    /// </summary>
    public static IServiceCollection AddPipelineStorage(this IServiceCollection services, IConfiguration configuration, string connectionName = StorageSettings.ConnectionName)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>>(new StorageConnectionValidator(configuration, connectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => StorageAccount.FromConfiguration(
            configuration,
            sp.GetRequiredService<IOptions<StorageOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILoggerFactory>(),
            connectionName));
        services.TryAddSingleton<BlobStorageClient>(sp => sp.GetRequiredService<StorageAccount>().Blobs);
        services.TryAddSingleton<BlobLeaseClient>(sp => sp.GetRequiredService<StorageAccount>().Leases);
        services.TryAddSingleton<QueueStorageClient>(sp => sp.GetRequiredService<StorageAccount>().Queues);
        services.TryAddSingleton<TableStorageClient>(sp => sp.GetRequiredService<StorageAccount>().Tables);
        return services;
    }
}
