namespace Pipeline.Core.Reliability.Methods;

/// <summary>
/// The baseline (report §1.1): each candidate's confidence is its share of the (weighted) votes; ties go to the
/// lower candidate index, so results are deterministic. Similarity is ignored on purpose: this is plain voting.
/// </summary>
public sealed class MajorityVote(TruthOptions? options = null) : ITruthMethod
{
    private readonly TruthOptions _options = options ?? TruthOptions.Default;

    public string Name => "majority";

    public TruthResult Run(TruthProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var beliefs = new IReadOnlyList<double>[problem.Facts.Count];
        for (var f = 0; f < beliefs.Length; f++)
        {
            var fact = problem.Facts[f];
            var votes = new double[fact.CandidateCount];
            foreach (var claim in fact.Claims)
            {
                votes[claim.Candidate] += claim.Weight;
            }

            beliefs[f] = Beliefs.Normalise(votes);
        }

        return new TruthResult(Name, beliefs, Beliefs.ArgMax(beliefs), SourceScoring.Estimate(problem, beliefs, _options), [], 1);
    }
}
