using Pipeline.Host.Configuration;
using Pipeline.Host.Persistence;
using Pipeline.Integration.Tests.Support;
using Pipeline.Storage;
using Pipeline.Storage.Blobs;

namespace Pipeline.Integration.Tests.EndToEnd;

/// <summary>Runs the seed articles through a standalone pipeline once, on its own Azurite, for every test in the class.</summary>
public sealed class SeedPipelineFixture : IAsyncLifetime
{
    private AzuriteProcess? _azurite;

    public PipelineFactory Factory { get; private set; } = null!;

    public StorageAccount Storage { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteProcess.StartAsync();
        Storage = new StorageAccount(_azurite.Connection, new StorageOptions(), TimeProvider.System);
        Factory = new PipelineFactory(_azurite, RunMode.Standalone, rollupSchedule: "*/1 * * * * *");
        _ = Factory.Server;
        foreach (var seed in SeedArticle.All)
        {
            await UploadAsync(seed, seed.BlobName);
        }

        var tables = Factory.Options.Tables;
        await Eventually.ReturnsAsync(() => Storage.Tables.QueryAsync(tables.Articles).CountAsync(a => a.GetString("Status") == ArticleRow.Processed).AsTask(), n => n == 5, what: "all five seed articles processed");
        await Eventually.ReturnsAsync(() => Storage.Tables.QueryAsync(tables.Sources).CountAsync(s => s.PartitionKey.StartsWith("outlet-", StringComparison.Ordinal)).AsTask(), n => n == 5, what: "five outlets rolled up");
    }

    public async Task UploadAsync(SeedArticle seed, string blobName) =>
        await Storage.Blobs.UploadAsync(Factory.Options.ArticlesContainer, blobName, seed.Content, new BlobUploadOptions
        {
            ContentType = "text/plain; charset=utf-8",
            Metadata = new Dictionary<string, string> { ["source"] = seed.Source, ["published"] = seed.Published },
        });

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        Storage.Dispose();
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}
