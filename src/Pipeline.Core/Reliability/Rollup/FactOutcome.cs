using Pipeline.Core.Reliability.Compatibility;
using Pipeline.Core.Reliability.Methods;

namespace Pipeline.Core.Reliability.Rollup;

/// <summary>Turns one fact's beliefs into its consensus, its conflicts and each claim's contribution to its source.</summary>
internal static class FactOutcome
{
    public static FactConsensus Build(AssembledFact fact, TruthFact truthFact, IReadOnlyList<double> belief, int chosen)
    {
        chosen = MostSpecific(fact, belief, chosen);
        var consensus = fact.Candidates[chosen];
        var contested = fact.Voters >= 2;
        var live = fact.Claims.Where(c => c.CopyOf is null).ToList();
        // An open-ended value ("more than 60") has little support against itself, yet its own claims back it.
        var agrees = live.Where(c => c.Candidate == chosen || ValueCompatibility.Support(fact.Candidates[c.Candidate], consensus) >= 0.5).ToList();
        var conflicts = live.Except(agrees)
            .GroupBy(c => c.Candidate)
            .OrderByDescending(g => belief[g.Key]).ThenBy(g => g.Key)
            .Select(g => new FactConflict(fact.Candidates[g.Key], belief[g.Key], Names(g), g.Select(c => c.Observation.ClaimId).Distinct(StringComparer.Ordinal).ToList()))
            .ToList();
        var copies = fact.Claims.Where(c => c.CopyOf is not null)
            .Select(c => new RecognisedCopy(c.Observation.ClaimId, c.Observation.Source, c.Observation.ArticleId, c.CopyOf!))
            .ToList();
        var contributions = fact.Claims.Select(c => Contribution(c, contested, fact, truthFact, belief)).ToList();
        return new FactConsensus(fact.Key, consensus, SourceScoring.Correctness(truthFact, belief, chosen), Names(agrees), conflicts, copies, contributions);
    }

    /// <summary>
    /// An open-ended winner ("more than 200") gives way to the best-supported firm value it allows ("270"), and a date
    /// ("last week") to the best-supported narrower date inside it ("May 16"): both say the same, the other one says
    /// more, and which of the two a vote puts first turns on small differences in accuracies (a full rollup and an
    /// incremental revote must not disagree on it).
    /// </summary>
    private static int MostSpecific(AssembledFact fact, IReadOnlyList<double> belief, int chosen)
    {
        var winner = fact.Candidates[chosen];
        var best = chosen;
        for (var c = 0; c < fact.Candidates.Count; c++)
        {
            if (SaysMore(fact.Candidates[c], winner) && (best == chosen || belief[c] > belief[best]))
            {
                best = c;
            }
        }

        return best;
    }

    private static bool SaysMore(StatedValue candidate, StatedValue winner) => winner.Kind == ValueKind.Date
        ? candidate.Kind == ValueKind.Date && candidate.CoreLower >= winner.CoreLower && candidate.CoreUpper <= winner.CoreUpper
            && candidate.CoreUpper - candidate.CoreLower < winner.CoreUpper - winner.CoreLower
        : !winner.IsFirm && candidate.IsFirm && ValueCompatibility.Support(winner, candidate) >= 1;

    private static SourceContribution Contribution(ScoredClaim c, bool contested, AssembledFact fact, TruthFact truthFact, IReadOnlyList<double> belief)
    {
        var stated = c.Candidate >= 0 ? fact.Candidates[c.Candidate].Label : c.Observation.Value.Label;
        var (outcome, weight, correctness) = c switch
        {
            { CopyOf: not null } => (ClaimOutcome.Copy, 0.0, 0.0),
            { Votes: false, Weight: 0 } => (ClaimOutcome.Repeat, 0.0, 0.0),
            _ when !contested => (ClaimOutcome.Unique, 0.0, 0.0),
            _ => Scored(c, truthFact, belief),
        };
        return new SourceContribution(c.ScoredSource, c.Observation.ClaimId, outcome, weight, correctness, c.Observation.Hedged, stated);
    }

    private static (ClaimOutcome, double, double) Scored(ScoredClaim c, TruthFact truthFact, IReadOnlyList<double> belief)
    {
        var p = SourceScoring.Correctness(truthFact, belief, c.Candidate);
        return (p >= 0.5 ? ClaimOutcome.Agreed : ClaimOutcome.Contradicted, c.Weight, p);
    }

    private static List<string> Names(IEnumerable<ScoredClaim> claims) =>
        claims.Select(c => c.ScoredSource).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
