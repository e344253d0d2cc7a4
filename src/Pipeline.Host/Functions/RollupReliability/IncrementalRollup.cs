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

    public async Task<RollupResult> RunAsync(IEnumerable<string> changedArticleIds, DateTimeOffset now, CancellationToken ct)
    {
        var (touchedFacts, touchedSources) = (new SortedSet<string>(StringComparer.Ordinal), new SortedSet<string>(StringComparer.Ordinal));
        foreach (var article in await RollupInputs.ArticlesAsync(storage, tables.Articles, changedArticleIds, ct))
        {
            touchedFacts.UnionWith(await RefileAsync(article, ct));
            touchedSources.Add(article.Source);
        }

        var (priorMeans, _) = await _store.PriorsAsync(ct);
        var claims = await _store.ClaimsOfFactsAsync(touchedFacts, ct);
        var scores = await _store.VotingScoresAsync(ReliabilityRollup.VotersOf(claims), ct);
        var facts = ReliabilityRollup.Revote(claims, scores, priorMeans[0], options);
        var ledger = facts.SelectMany(f => ReliabilityRollup.Ledger(f, options)).ToList();
        await _store.WriteFactsAsync(facts, now, ct);
        await _store.WriteLedgerAsync(ledger, ct);
        touchedSources.UnionWith(ledger.Select(e => e.Source));
        var sources = new List<SourceReliability>();
        foreach (var source in touchedSources)
        {
            sources.Add(await _store.RescoreAsync(source, priorMeans, options, ct));
        }

        await _store.WriteSourcesAsync(sources, now, ct);
        return new RollupResult(options.Method, facts, sources, [], priorMeans);
    }

    /// <summary>Files the article's claims under their facts and replaces its flags; returns the fact keys it touches.</summary>
    private async Task<IEnumerable<string>> RefileAsync(RollupArticle article, CancellationToken ct)
    {
        var copyOf = await new CopyIndex(storage, tables).ResolveAsync(article, ct);
        var rows = await _store.ClaimsOfArticleAsync(article.ArticleId, ct).ToListAsync(ct);
        var evidence = rows.Where(r => ClaimEvidence.ToObservation(r, copyOf) is not null).ToList();
        await _store.FileClaimsAsync(evidence.Select(r => FactClaimRow.FromClaimRow(r, copyOf)), ct);
        var flags = InternalConsistency.Check(new ArticleClaims(article.ArticleId, article.Source, article.Published, rows.Select(ClaimEvidence.ToArticleClaim).ToList())).ToList();
        await _store.ReplaceFlagsAsync(article.Source, article.ArticleId, flags, ct);
        return evidence.Select(r => r.GetString("FactKey") ?? string.Empty);
    }
}
