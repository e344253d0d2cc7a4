using Pipeline.Core.Reliability;
using Pipeline.Core.Reliability.Consistency;
using Pipeline.Host.Configuration;
using Pipeline.Host.Persistence;
using Pipeline.Storage;
using Pipeline.Storage.Tables;

namespace Pipeline.Host.Functions.RollupReliability;

/// <summary>
/// One tick's work for the articles whose claims changed: decide whether each copies an earlier article, file its
/// claims under their fact keys, re-check it for self-contradiction, revote only the facts it touches (on the accuracies
/// of the last full run), write those facts and their ledger entries, and rescore every source involved from its ledger.
/// It reads partitions, never whole tables.
/// </summary>
public sealed class IncrementalRollup(StorageAccount storage, TableNames tables, RollupOptions options)
{
    private readonly RollupStore _store = new(storage, tables);

    public async Task<RollupResult> RunAsync(IEnumerable<string> changedArticleIds, RollupBaseline baseline, DateTimeOffset now, CancellationToken ct)
    {
        var articles = await RollupInputs.ArticlesAsync(storage, tables.Articles, changedArticleIds, ct);
        var copyIndex = new CopyIndex(storage, tables);
        var copies = new List<string?>();
        foreach (var article in articles)
        {
            // In ingest order: a copy of a copy resolved earlier in this tick finds that one's verdict stored.
            copies.Add(await copyIndex.ResolveAsync(article, ct));
        }

        var refilings = await Concurrently.SelectAsync(articles.Zip(copies).ToList(), (pair, token) => RefileAsync(pair.First, pair.Second, token), ct);
        var touchedFacts = refilings.SelectMany(r => r.FactKeys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var touchedSources = new SortedSet<string>(articles.Select(a => a.Source), StringComparer.Ordinal);
        var priorMeans = baseline.PriorMeans;
        var claims = await _store.ClaimsOfFactsAsync(touchedFacts, ct);
        var scores = await _store.VotingScoresAsync(ReliabilityRollup.VotersOf(claims), ct);
        var facts = ReliabilityRollup.Revote(claims, scores, options.Truth.InitialAccuracy, options);
        var ledger = facts.SelectMany(f => ReliabilityRollup.Ledger(f, options)).ToList();
        await _store.WriteFactsAsync(facts, now, ct);
        await _store.DeleteFactsAsync(touchedFacts.Except(facts.Select(f => f.FactKey), StringComparer.Ordinal), ct);
        await _store.WriteLedgerAsync(ledger, ct);
        var buckets = ledger.Select(e => (e.Source, Bucket: LedgerRow.BucketOf(e.FactKey)))
            .Concat(refilings.SelectMany(r => r.EmptiedBuckets))
            .ToLookup(e => e.Source, e => e.Bucket, StringComparer.Ordinal);
        touchedSources.UnionWith(buckets.Select(g => g.Key));
        var sources = await Concurrently.SelectAsync(touchedSources.ToList(), async (source, token) =>
            await _store.RescoreAsync(source, buckets[source].Distinct(StringComparer.Ordinal).ToList(), priorMeans, options, token), ct);

        await _store.WriteSourcesAsync(sources, now, ct);
        await _store.ForgetFilingsAsync(refilings.SelectMany(r => r.Dropped), ct);
        await _store.CountIncrementalAsync(baseline, articles.Count, ct);
        return new RollupResult(options.Method, facts, sources, [], priorMeans);
    }

    /// <summary>
    /// Files the article's claims under their facts, withdraws the ones a re-extraction dropped or moved to another
    /// fact, and replaces its flags. Returns the facts it touched, old and new, and the ledger buckets it emptied.
    /// </summary>
    private async ValueTask<Refiling> RefileAsync(RollupArticle article, string? copyOf, CancellationToken ct)
    {
        var rows = await _store.ClaimsOfArticleAsync(article.ArticleId, ct).ToListAsync(ct);
        var filed = rows.Where(r => ClaimEvidence.ToObservation(r, copyOf) is not null).Select(r => FactClaimRow.FromClaimRow(r, copyOf)).ToList();
        var current = filed.Select(r => r.RowKey).ToHashSet(StringComparer.Ordinal);
        var dropped = (await _store.FilingsOfArticleAsync(article.ArticleId, ct)).Where(f => !current.Contains(f.RowKey)).ToList();
        await _store.FileClaimsAsync(filed, ct);
        var emptied = await _store.WithdrawAsync(dropped, ct);
        var flags = InternalConsistency.Check(new ArticleClaims(article.ArticleId, article.Source, article.Published, rows.Select(ClaimEvidence.ToArticleClaim).ToList())).ToList();
        await _store.ReplaceFlagsAsync(article.Source, article.ArticleId, flags, ct);
        var factKeys = filed.Concat(dropped).Select(r => r.GetString("FactKey") ?? string.Empty);
        return new Refiling([.. factKeys], emptied, dropped);
    }

    private sealed record Refiling(IReadOnlyList<string> FactKeys, IReadOnlyList<(string Source, string Bucket)> EmptiedBuckets, IReadOnlyList<TableEntity> Dropped);
}
