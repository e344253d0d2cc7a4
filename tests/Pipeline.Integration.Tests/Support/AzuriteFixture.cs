using Pipeline.Storage;

namespace Pipeline.Integration.Tests.Support;

/// <summary>Shared by every test in the Azurite collection: one emulator, and clients built on it. Tests use unique names.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteProcess? _azurite;
    private StorageAccount? _account;

    public AzuriteProcess Azurite => _azurite ?? throw new InvalidOperationException("Azurite has not started.");

    public StorageAccount Account => _account ?? throw new InvalidOperationException("Azurite has not started.");

    public static string UniqueName(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 32, 63)];

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteProcess.StartAsync();
        _account = new StorageAccount(_azurite.Connection, new StorageOptions { MaxRetries = 2, RetryBaseDelay = TimeSpan.FromMilliseconds(50) }, TimeProvider.System);
    }

    public async Task DisposeAsync()
    {
        _account?.Dispose();
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
