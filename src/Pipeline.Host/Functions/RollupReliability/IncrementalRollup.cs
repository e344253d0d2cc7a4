using Pipeline.Core.Reliability;
using Pipeline.Core.Reliability.Consistency;
using Pipeline.Host.Configuration;
using Pipeline.Host.Persistence;
using Pipeline.Storage;

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

        var factKeys = await Concurrently.SelectAsync(articles.Zip(copies).ToList(), (pair, token) => RefileAsync(pair.First, pair.Second, token), ct);
        var touchedFacts = factKeys.SelectMany(k => k).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var touchedSources = new SortedSet<string>(articles.Select(a => a.Source), StringComparer.Ordinal);
        var priorMeans = baseline.PriorMeans;
        var claims = await _store.ClaimsOfFactsAsync(touchedFacts, ct);
        var scores = await _store.VotingScoresAsync(ReliabilityRollup.VotersOf(claims), ct);
        var facts = ReliabilityRollup.Revote(claims, scores, options.Truth.InitialAccuracy, options);
        var ledger = facts.SelectMany(f => ReliabilityRollup.Ledger(f, options)).ToList();
        await _store.WriteFactsAsync(facts, now, ct);
        await _store.WriteLedgerAsync(ledger, ct);
        var buckets = ledger.ToLookup(e => e.Source, e => LedgerRow.BucketOf(e.FactKey), StringComparer.Ordinal);
        touchedSources.UnionWith(buckets.Select(g => g.Key));
        var sources = await Concurrently.SelectAsync(touchedSources.ToList(), async (source, token) =>
            await _store.RescoreAsync(source, buckets[source].Distinct(StringComparer.Ordinal).ToList(), priorMeans, options, token), ct);

        await _store.WriteSourcesAsync(sources, now, ct);
        await _store.CountIncrementalAsync(baseline, articles.Count, ct);
        return new RollupResult(options.Method, facts, sources, [], priorMeans);
    }

    /// <summary>Files the article's claims under their facts and replaces its flags; returns the fact keys it touches.</summary>
    private async ValueTask<IEnumerable<string>> RefileAsync(RollupArticle article, string? copyOf, CancellationToken ct)
    {
        var rows = await _store.ClaimsOfArticleAsync(article.ArticleId, ct).ToListAsync(ct);
        var evidence = rows.Where(r => ClaimEvidence.ToObservation(r, copyOf) is not null).ToList();
        await _store.FileClaimsAsync(evidence.Select(r => FactClaimRow.FromClaimRow(r, copyOf)), ct);
        var flags = InternalConsistency.Check(new ArticleClaims(article.ArticleId, article.Source, article.Published, rows.Select(ClaimEvidence.ToArticleClaim).ToList())).ToList();
        await _store.ReplaceFlagsAsync(article.Source, article.ArticleId, flags, ct);
        return evidence.Select(r => r.GetString("FactKey") ?? string.Empty);
    }
}
