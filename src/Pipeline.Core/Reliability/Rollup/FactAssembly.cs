using Pipeline.Core.Reliability.Compatibility;
using Pipeline.Core.Reliability.Methods;

namespace Pipeline.Core.Reliability.Rollup;

/// <summary>
/// Groups observations into facts and decides who votes: one vote per source per fact (its firmest claim), a copy
/// of an article already counted adds nothing, and a quoted party votes as the pseudo-source "via:party" while the
/// quoting outlet is only scored on it (<see cref="RollupOptions.AttributedOutletWeight"/>).
/// </summary>
internal static class FactAssembly
{
    public const string AttributionPrefix = "via:";

    public static (TruthProblem Problem, List<AssembledFact> Facts) Build(IEnumerable<ClaimObservation> observations, RollupOptions options)
    {
        var facts = observations
            .GroupBy(o => o.FactKey, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Assemble(g.Key, g, options))
            .ToList();
        var names = facts.SelectMany(f => f.Claims.Select(c => c.ScoredSource)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var index = names.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i, StringComparer.Ordinal);
        var truthFacts = facts.Select(f => new TruthFact(
            f.Key,
            f.Candidates.Count,
            f.Claims.Where(c => c.Votes).Select(c => new TruthClaim(index[c.ScoredSource], c.Candidate, c.Weight)).ToArray(),
            f.Candidates.Count > 1 ? NumericSupport.Matrix(f.Candidates) : null)).ToArray();
        return (new TruthProblem(names, truthFacts), facts);
    }

    public static string Voter(ClaimObservation o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return VoterOf(o.Source, o.AttributedTo);
    }

    public static string VoterOf(string source, string? attributedTo) => attributedTo is { } party ? AttributionPrefix + Slug(party) : source;

    /// <summary>Every source whose ledger a claim can reach: its voter and, for an attributed claim, the outlet as well.</summary>
    public static IEnumerable<string> LedgersOf(string source, string? attributedTo) =>
        attributedTo is null ? [source] : [VoterOf(source, attributedTo), source];

    private static AssembledFact Assemble(string key, IEnumerable<ClaimObservation> group, RollupOptions options)
    {
        var candidates = new List<StatedValue>();
        var labels = new Dictionary<string, int>(StringComparer.Ordinal);
        var counted = new HashSet<string>(StringComparer.Ordinal);
        var voted = new HashSet<string>(StringComparer.Ordinal);
        var claims = new List<ScoredClaim>();
        var ordered = group
            .OrderBy(o => o.CopyOf is null ? 0 : 1).ThenBy(o => o.Hedged).ThenBy(o => o.Value.IsFirm ? 0 : 1)
            .ThenBy(o => o.ArticleId, StringComparer.Ordinal).ThenBy(o => o.ClaimId, StringComparer.Ordinal);
        foreach (var o in ordered)
        {
            // Originals come first, so a copy finds its original (or an earlier copy of it) already counted.
            if (o.CopyOf is not null && counted.Contains(o.CopyOf))
            {
                claims.Add(new ScoredClaim(o, o.Source, -1, 0, Votes: false, o.CopyOf));
                continue;
            }

            counted.Add(o.CopyOf ?? o.ArticleId);
            if (!labels.TryGetValue(o.Value.Label, out var candidate))
            {
                candidate = candidates.Count;
                labels[o.Value.Label] = candidate;
                candidates.Add(o.Value);
            }

            var hedge = o.Hedged ? options.HedgedWeight : 1;
            var voter = Voter(o);
            var votes = voted.Add(voter);
            claims.Add(new ScoredClaim(o, voter, candidate, votes ? hedge : 0, votes, null));
            if (o.AttributedTo is not null)
            {
                claims.Add(new ScoredClaim(o, o.Source, candidate, hedge * options.AttributedOutletWeight, Votes: false, null));
            }
        }

        return new AssembledFact(key, candidates, claims);
    }

    private static string Slug(string party) =>
        string.Join('-', party.ToLowerInvariant().Split([' ', '\'', '"', ',', '.'], StringSplitOptions.RemoveEmptyEntries));
}
