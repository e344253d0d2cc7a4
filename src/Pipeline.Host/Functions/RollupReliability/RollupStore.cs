using System.Text.Json;
using Pipeline.Core.Reliability;
using Pipeline.Core.Reliability.Consistency;
using Pipeline.Host.Configuration;
using Pipeline.Host.Persistence;
using Pipeline.Storage;
using Pipeline.Storage.Tables;

namespace Pipeline.Host.Functions.RollupReliability;

/// <summary>
/// The rollup's reads and writes. Every write is an upsert under a deterministic key (or a delete of a row that the
/// same state would not write), so repeating any prefix of a rollup after a crash leaves the tables as one run would.
/// </summary>
public sealed class RollupStore(StorageAccount storage, TableNames tables)
{
    private const string StatePartition = "state";
    private const string PriorsRow = "priors";
    private const string VotingPartition = "voting";

    public IAsyncEnumerable<TableEntity> ClaimsOfArticleAsync(string articleId, CancellationToken ct) =>
        storage.Tables.QueryAsync(tables.Claims, new TableQuery(TableFilter.Equal("PartitionKey", articleId), ClaimRow.RollupColumns), ct);

    public async Task<List<ClaimObservation>> ClaimsOfFactsAsync(IReadOnlyList<string> factKeys, CancellationToken ct)
    {
        var perFact = await Concurrently.SelectAsync(factKeys, async (key, token) =>
            await storage.Tables.QueryAsync(tables.FactClaims, new TableQuery(FactClaimRow.FilterFor(key)), token)
                .Select(FactClaimRow.ToObservation).OfType<ClaimObservation>().ToListAsync(token), ct);
        return [.. perFact.SelectMany(claims => claims)];
    }

    /// <summary>Files claims under their facts, with each article's filing index.</summary>
    public Task FileClaimsAsync(IReadOnlyCollection<TableEntity> factClaimRows, CancellationToken ct) =>
        UpsertAllAsync(tables.FactClaims, factClaimRows.Concat(factClaimRows.Select(FactClaimRow.FilingOf)), ct);

    public Task<List<TableEntity>> FilingsOfArticleAsync(string articleId, CancellationToken ct) =>
        storage.Tables.QueryAsync(tables.FactClaims, PartitionQuery(FactClaimRow.FilingPartition(articleId)), ct).ToListAsync(ct).AsTask();

    /// <summary>
    /// Withdraws claims an article no longer makes: their fact rows and their ledger entries (the outlet's and a quoted
    /// party's). Their filing rows stay until the tick has revoted and re-totalled (<see cref="ForgetFilingsAsync"/>), so
    /// a crash before that repeats the withdrawal. Returns the ledger buckets it emptied entries from, by source.
    /// </summary>
    public async Task<List<(string Source, string Bucket)>> WithdrawAsync(IReadOnlyList<TableEntity> filings, CancellationToken ct)
    {
        var entries = filings.SelectMany(f => ReliabilityRollup.LedgerSourcesOf(f.GetString("Source") ?? string.Empty, f.GetString("Attribution"))
            .Select(source => (Source: source, FactKey: f.GetString("FactKey") ?? string.Empty, ClaimId: f.GetString("ClaimId") ?? string.Empty))).ToList();
        await storage.Tables.DeleteAllIfExistAsync(tables.FactClaims, filings.Select(f => (f.GetString("FactPartition") ?? string.Empty, f.RowKey)), ct);
        await storage.Tables.DeleteAllIfExistAsync(tables.Ledger, entries.Select(e => (LedgerRow.EntriesPartition(e.Source, LedgerRow.BucketOf(e.FactKey)), FactClaimRow.RowPrefix(e.FactKey) + e.ClaimId)), ct);
        return [.. entries.Select(e => (e.Source, LedgerRow.BucketOf(e.FactKey))).Distinct()];
    }

    /// <summary>Deletes the filing rows of withdrawn claims, once everything that depended on them is written.</summary>
    public Task ForgetFilingsAsync(IEnumerable<TableEntity> filings, CancellationToken ct) =>
        storage.Tables.DeleteAllIfExistAsync(tables.FactClaims, filings.Select(f => (f.PartitionKey, f.RowKey)), ct);

    /// <summary>
    /// Deletes every row of <paramref name="table"/> that is not in <paramref name="keep"/>: after a full run, what it
    /// did not write is left from claims that no longer exist. A scan of keys only, page by page.
    /// </summary>
    public async Task<int> SweepAsync(string table, IReadOnlySet<(string PartitionKey, string RowKey)> keep, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(keep);
        var stale = await storage.Tables.QueryAsync(table, new TableQuery(Select: ["PartitionKey", "RowKey"]), ct)
            .Select(r => (r.PartitionKey, r.RowKey)).Where(k => !keep.Contains(k)).ToListAsync(ct);
        await storage.Tables.DeleteAllIfExistAsync(table, stale, ct);
        return stale.Count;
    }

    /// <summary>Deletes the rows of facts that no claim states any more.</summary>
    public Task DeleteFactsAsync(IEnumerable<string> factKeys, CancellationToken ct) =>
        storage.Tables.DeleteAllIfExistAsync(tables.Facts, factKeys.Select(k => (FactRow.PartitionOf(k), FactRow.SafeKey(k))), ct);

    public Task WriteFactsAsync(IEnumerable<FactConsensus> facts, DateTimeOffset now, CancellationToken ct) =>
        UpsertAllAsync(tables.Facts, facts.Select(f => FactRow.ToEntity(f, now)), ct);

    public Task WriteLedgerAsync(IEnumerable<SourceLedgerEntry> entries, CancellationToken ct) =>
        UpsertAllAsync(tables.Ledger, entries.Select(LedgerRow.ToEntity), ct);

    /// <summary>
    /// Makes the source's stored flags for one article (or, with an empty id, for all its articles) exactly
    /// <paramref name="flags"/>: a re-checked article that no longer contradicts itself loses its old flags.
    /// </summary>
    public async Task ReplaceFlagsAsync(string source, string articleId, IReadOnlyList<ConsistencyFlag> flags, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(flags);
        var fresh = LedgerRow.FlagRows(flags).ToList();
        var keep = fresh.Select(r => r.RowKey).ToHashSet(StringComparer.Ordinal);
        var filter = TableFilter.Equal("PartitionKey", LedgerRow.FlagsPartition(source)).And(TableFilter.StartsWith("RowKey", LedgerRow.FlagPrefixOf(articleId)));
        await foreach (var stale in storage.Tables.QueryAsync(tables.Ledger, new TableQuery(filter, ["PartitionKey", "RowKey"]), ct).Where(r => !keep.Contains(r.RowKey)))
        {
            await storage.Tables.DeleteIfExistsAsync(tables.Ledger, stale.PartitionKey, stale.RowKey, cancellationToken: ct);
        }

        await UpsertAllAsync(tables.Ledger, fresh, ct);
    }

    /// <summary>
    /// Re-totals the ledger buckets a tick wrote to (<paramref name="changedBuckets"/>), then scores the source from
    /// all its bucket totals and flags: the cost follows what changed, not how much the source ever said.
    /// </summary>
    public async Task<SourceReliability> RescoreAsync(string source, IReadOnlyCollection<string> changedBuckets, IReadOnlyList<double> priorMeans, RollupOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(changedBuckets);
        var retotalled = new List<TableEntity>();
        foreach (var bucket in changedBuckets)
        {
            var entries = await storage.Tables.QueryAsync(tables.Ledger, PartitionQuery(LedgerRow.EntriesPartition(source, bucket)), ct).Select(LedgerRow.ToEntry).ToListAsync(ct);
            retotalled.Add(LedgerRow.ToEntity(source, bucket, LedgerTotals.Of(entries, options.MaxExplanationItems)));
        }

        await UpsertAllAsync(tables.Ledger, retotalled, ct);

        var totals = await storage.Tables.QueryAsync(tables.Ledger, PartitionQuery(LedgerRow.TotalsPartition(source)), ct).Select(LedgerRow.ToTotals).ToListAsync(ct);
        var flags = await storage.Tables.QueryAsync(tables.Ledger, PartitionQuery(LedgerRow.FlagsPartition(source)), ct).Select(LedgerRow.ToFlag).ToListAsync(ct);
        return ReliabilityRollup.Score(source, LedgerTotals.Merge(totals, options.MaxExplanationItems), flags, priorMeans, options);
    }

    /// <summary>Writes the totals of every bucket of every source in <paramref name="entries"/> (a full rollup's whole ledger).</summary>
    public Task WriteTotalsAsync(IEnumerable<SourceLedgerEntry> entries, RollupOptions options, CancellationToken ct) =>
        UpsertAllAsync(tables.Ledger, entries
            .GroupBy(e => (e.Source, Bucket: LedgerRow.BucketOf(e.FactKey)))
            .Select(g => LedgerRow.ToEntity(g.Key.Source, g.Key.Bucket, LedgerTotals.Of(g, options.MaxExplanationItems))), ct);

    public Task WriteSourcesAsync(IEnumerable<SourceReliability> sources, DateTimeOffset now, CancellationToken ct) =>
        Concurrently.ForEachAsync(sources, async (source, token) => await storage.Tables.UpsertAsync(tables.Sources, SourceRow.ToEntity(source, now), cancellationToken: token), ct);

    /// <summary>
    /// The accuracies the last full rollup estimated, which incremental ticks vote with; sources it never saw are
    /// absent. Held fixed between full runs so that a tick's outcome depends only on the claims, not on the ticks
    /// before it: a repeated tick writes the same rows.
    /// </summary>
    public async Task<Dictionary<string, double>> VotingScoresAsync(IReadOnlyList<string> sources, CancellationToken ct)
    {
        var rows = await Concurrently.SelectAsync(sources, async (source, token) =>
            await storage.Tables.GetIfExistsAsync(tables.RollupState, VotingPartition, FactRow.SafeKey(source), token), ct);
        return sources.Zip(rows).Where(p => p.Second?.GetDouble("Score") is not null)
            .ToDictionary(p => p.First, p => p.Second!.GetDouble("Score")!.Value, StringComparer.Ordinal);
    }

    public Task SaveVotingScoresAsync(IEnumerable<SourceReliability> sources, CancellationToken ct) =>
        UpsertAllAsync(tables.RollupState, sources.Select(s => new TableEntity(VotingPartition, FactRow.SafeKey(s.Source)) { ["Score"] = s.Score }), ct);

    /// <summary>The prior means of the last full rollup, when it ran, how many articles it saw and how many changed since.</summary>
    public async Task<RollupBaseline> BaselineAsync(CancellationToken ct)
    {
        var row = await storage.Tables.GetIfExistsAsync(tables.RollupState, StatePartition, PriorsRow, ct);
        var means = row?.GetString("PriorMeans") is { } json ? JsonSerializer.Deserialize<double[]>(json) : null;
        return new RollupBaseline(
            means ?? ReliabilityRollup.UninformedPriorMeans, row?.GetDateTime("LastFull"), (int)(row?.GetInt64("Articles") ?? 0), (int)(row?.GetInt64("ArticlesSince") ?? 0), row?.ETag,
            row?.GetDateTime("FullStarted"));
    }

    /// <summary>Records that a full run began; <see cref="SaveBaselineAsync"/> at its end moves LastFull past it.</summary>
    public Task MarkFullStartedAsync(DateTimeOffset started, CancellationToken ct) =>
        storage.Tables.UpsertAsync(tables.RollupState, new TableEntity(StatePartition, PriorsRow) { ["FullStarted"] = started }, TableUpdateMode.Merge, ct);

    public Task SaveBaselineAsync(IReadOnlyList<double> priorMeans, DateTimeOffset lastFull, int articles, CancellationToken ct) =>
        storage.Tables.UpsertAsync(tables.RollupState, new TableEntity(StatePartition, PriorsRow)
        {
            ["PriorMeans"] = JsonSerializer.Serialize(priorMeans),
            ["LastFull"] = lastFull,
            ["Articles"] = articles,
            ["ArticlesSince"] = 0,
        }, cancellationToken: ct);

    /// <summary>Counts articles rolled up incrementally; a repeated tick may count twice, which only brings the next full run forward.</summary>
    public async Task CountIncrementalAsync(RollupBaseline baseline, int articles, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        if (baseline.ETag is not null)
        {
            var row = new TableEntity(StatePartition, PriorsRow) { ["ArticlesSince"] = baseline.ArticlesSince + articles };
            await storage.Tables.UpdateAsync(tables.RollupState, row, baseline.ETag, TableUpdateMode.Merge, ct);
        }
    }

    private static TableQuery PartitionQuery(string partition) => new(TableFilter.Equal("PartitionKey", partition));

    private Task UpsertAllAsync(string table, IEnumerable<TableEntity> rows, CancellationToken ct) => storage.Tables.UpsertAllAsync(table, rows, ct);
}
