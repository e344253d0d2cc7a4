using Pipeline.Core.Reliability.Compatibility;

namespace Pipeline.Core.Reliability.Rollup;

/// <summary>One fact ready for truth discovery: distinct stated values and the claims on them.</summary>
internal sealed record AssembledFact(string Key, IReadOnlyList<StatedValue> Candidates, IReadOnlyList<ScoredClaim> Claims)
{
    public int Voters => Claims.Count(c => c.Votes);
}
