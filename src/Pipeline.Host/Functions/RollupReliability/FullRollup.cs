using Pipeline.Core.Reliability;
using Pipeline.Core.Reliability.Consistency;
using Pipeline.Host.Configuration;
using Pipeline.Host.Persistence;
using Pipeline.Storage;
using Pipeline.Storage.Tables;

namespace Pipeline.Host.Functions.RollupReliability;

/// <summary>
/// Everything from scratch: truth discovery over every claim (source accuracies and copying between sources
/// re-estimated), then the whole incremental state rewritten (copy verdicts and band index, claims by fact, ledgers,
/// flags, prior means), so the ticks that follow continue from exactly this run. Claims are streamed page by page.
/// </summary>
public sealed class FullRollup(StorageAccount storage, TableNames tables, RollupOptions options)
{
    private readonly RollupStore _store = new(storage, tables);

    public async Task<RollupResult> RunAsync(DateTimeOffset now, CancellationToken ct)
    {
        var articles = await RollupInputs.ArticlesAsync(storage, tables.Articles, ct);
        var copies = RollupInputs.CopiesOf(articles);
        var (observations, filed) = (new List<ClaimObservation>(), new List<TableEntity>());
        var byArticle = new Dictionary<string, List<ArticleClaim>>(StringComparer.Ordinal);
        await foreach (var row in storage.Tables.QueryAsync(tables.Claims, new TableQuery(Select: ClaimRow.RollupColumns), ct))
        {
            var copyOf = copies.GetValueOrDefault(row.PartitionKey);
            if (ClaimEvidence.ToObservation(row, copyOf) is { } observation)
            {
                observations.Add(observation);
                filed.Add(FactClaimRow.FromClaimRow(row, copyOf));
            }

            if (!byArticle.TryGetValue(row.PartitionKey, out var claims))
            {
                byArticle[row.PartitionKey] = claims = [];
            }

            claims.Add(ClaimEvidence.ToArticleClaim(row));
        }

        var flags = articles.Where(a => byArticle.ContainsKey(a.ArticleId))
            .SelectMany(a => InternalConsistency.Check(new ArticleClaims(a.ArticleId, a.Source, a.Published, byArticle[a.ArticleId])))
            .ToList();
        var result = ReliabilityRollup.Compute(observations, options, flags);
        await new CopyIndex(storage, tables).RebuildAsync(articles.Select(a => (a, copies.GetValueOrDefault(a.ArticleId))), ct);
        await WriteAsync(result, filed, flags, now, ct);
        await _store.SaveBaselineAsync(result.PriorMeans, now, articles.Count, ct);
        return result;
    }

    private async Task WriteAsync(RollupResult result, List<TableEntity> filed, List<ConsistencyFlag> flags, DateTimeOffset now, CancellationToken ct)
    {
        await _store.FileClaimsAsync(filed, ct);
        await _store.WriteFactsAsync(result.Facts, now, ct);
        var ledger = result.Facts.SelectMany(f => ReliabilityRollup.Ledger(f, options)).ToList();
        await _store.WriteLedgerAsync(ledger, ct);
        await _store.WriteTotalsAsync(ledger, options, ct);
        var flagsBySource = flags.ToLookup(f => f.Source, StringComparer.Ordinal);
        await Concurrently.ForEachAsync(result.Sources, async (source, token) =>
            await _store.ReplaceFlagsAsync(source.Source, string.Empty, flagsBySource[source.Source].ToList(), token), ct);

        await _store.WriteSourcesAsync(result.Sources, now, ct);
        await _store.SaveVotingScoresAsync(result.Sources, ct);
        var scored = result.Sources.Select(s => s.Source).ToHashSet(StringComparer.Ordinal);
        await SweepAsync(result, filed, ledger, flags.Where(f => scored.Contains(f.Source)), now, ct);
    }

    /// <summary>
    /// Makes the stored state exactly this run's: rows it did not write were left by claims that no longer exist
    /// (an article re-extracted by a newer extractor), and would otherwise count again when a tick re-totals a bucket.
    /// </summary>
    private async Task SweepAsync(RollupResult result, List<TableEntity> filed, List<SourceLedgerEntry> ledger, IEnumerable<ConsistencyFlag> flags, DateTimeOffset now, CancellationToken ct)
    {
        await _store.SweepAsync(tables.FactClaims, Keys(filed.Concat(filed.Select(FactClaimRow.FilingOf))), ct);
        await _store.SweepAsync(tables.Facts, Keys(result.Facts.Select(f => FactRow.ToEntity(f, now))), ct);
        var totals = ledger.Select(e => (LedgerRow.TotalsPartition(e.Source), LedgerRow.BucketOf(e.FactKey)));
        var ledgerKeys = Keys(ledger.Select(LedgerRow.ToEntity).Concat(LedgerRow.FlagRows(flags)));
        ledgerKeys.UnionWith(totals);
        await _store.SweepAsync(tables.Ledger, ledgerKeys, ct);
        await _store.SweepAsync(tables.Sources, Keys(result.Sources.Select(s => SourceRow.ToEntity(s, now))), ct);
    }

    private static HashSet<(string PartitionKey, string RowKey)> Keys(IEnumerable<TableEntity> rows) => [.. rows.Select(r => (r.PartitionKey, r.RowKey))];
}
