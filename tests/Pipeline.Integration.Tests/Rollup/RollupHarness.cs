using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Pipeline.Core.Reliability;
using Pipeline.Host.Configuration;
using Pipeline.Host.Functions;
using Pipeline.Host.Functions.ExtractClaims;
using Pipeline.Host.Functions.IngestArticle;
using Pipeline.Host.Functions.RollupReliability;
using Pipeline.Host.Persistence;
using Pipeline.Integration.Tests.Support;
using Pipeline.Storage;
using Pipeline.Storage.Tables;

namespace Pipeline.Integration.Tests.Rollup;

/// <summary>
/// The three background functions driven by hand on a settable clock, over their own containers, queue and tables:
/// each test decides exactly which articles exist when the rollup ticks.
/// </summary>
internal sealed class RollupHarness(StorageAccount storage, PipelineOptions options, RollupHarness.SettableClock clock)
{
    public PipelineOptions Options => options;

    public SettableClock Clock => clock;

    public StorageAccount Storage => storage;

    public RollupReliabilityFunction Rollup { get; } = new(storage, Microsoft.Extensions.Options.Options.Create(options), clock, NullLogger<RollupReliabilityFunction>.Instance);

    public static async Task<RollupHarness> StartAsync(StorageAccount storage)
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var options = new PipelineOptions
        {
            TablePrefix = "r" + suffix,
            ArticlesContainer = "a" + suffix,
            NormalizedContainer = "n" + suffix,
            RejectedContainer = "x" + suffix,
            ClaimsQueue = "q" + suffix,
        };
        await new StorageProvisioner(storage, Microsoft.Extensions.Options.Options.Create(options)).StartAsync(CancellationToken.None);
        return new RollupHarness(storage, options, new SettableClock(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero)));
    }

    /// <summary>Ingests and extracts one article; returns its id.</summary>
    public async Task<string> AddAsync(string blobName, byte[] content, string source, string published)
    {
        var metadata = new Dictionary<string, string> { ["source"] = source, ["published"] = published };
        var ingest = new IngestArticleFunction(storage, Microsoft.Extensions.Options.Options.Create(options), clock, NullLogger<IngestArticleFunction>.Instance);
        var upload = await ingest.HandleAsync(new BlobTriggerInput(blobName, content, metadata), CancellationToken.None);
        clock.Now += TimeSpan.FromSeconds(1);
        var extract = new ExtractClaimsFunction(storage, Microsoft.Extensions.Options.Options.Create(options), clock, NullLogger<ExtractClaimsFunction>.Instance);
        foreach (var message in await storage.Queues.ReceiveAsync(options.ClaimsQueue, 32, TimeSpan.FromMinutes(1)))
        {
            await extract.HandleAsync(new QueueTriggerInput(message.MessageId, message.Text, message.DequeueCount), CancellationToken.None);
            await storage.Queues.DeleteMessageAsync(options.ClaimsQueue, message.MessageId, message.PopReceipt);
        }

        return upload.ArticleId ?? throw new InvalidOperationException($"{blobName} was not ingested: {upload.Status} {upload.Reason}");
    }

    public Task<string> AddAsync(SeedArticle seed) => AddAsync(seed.BlobName, seed.Content, seed.Source, seed.Published);

    public async Task<RollupResult?> TickAsync()
    {
        clock.Now += TimeSpan.FromMinutes(1);
        return await Rollup.HandleAsync(new TimerTriggerInput(false, null, null), CancellationToken.None);
    }

    public Task<List<TableEntity>> RowsAsync(string table) => storage.Tables.QueryAsync(table).ToListAsync().AsTask();

    public async Task<HashSet<string>> FactKeysOfAsync(string articleId) =>
        await storage.Tables.QueryAsync(options.Tables.Claims, new TableQuery(TableFilter.Equal("PartitionKey", articleId)))
            .Where(r => ClaimEvidence.ToObservation(r, null) is not null)
            .Select(r => r.GetString("FactKey")!).ToHashSetAsync(StringComparer.Ordinal);

    /// <summary>What a rollup decided, without the times it decided it at.</summary>
    public async Task<string> SnapshotAsync(params string[] tables)
    {
        var text = new StringBuilder();
        foreach (var table in tables)
        {
            foreach (var row in (await RowsAsync(table)).OrderBy(r => r.PartitionKey, StringComparer.Ordinal).ThenBy(r => r.RowKey, StringComparer.Ordinal))
            {
                text.Append(table).Append(' ').Append(row.PartitionKey).Append(' ').Append(row.RowKey);
                foreach (var (name, value) in row.Properties.Where(p => p.Key != "UpdatedAt").OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    text.Append(' ').Append(name).Append('=').Append(value is double d ? d.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : value);
                }

                text.AppendLine();
            }
        }

        return text.ToString();
    }

    internal sealed class SettableClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
