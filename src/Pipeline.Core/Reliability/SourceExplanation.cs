using Pipeline.Core.Reliability.Consistency;

namespace Pipeline.Core.Reliability;

/// <summary>Why a source scored what it did: where it agreed, where it was contradicted and by whom, what was discounted.</summary>
public sealed record SourceExplanation(
    IReadOnlyList<FactEvidence> Agreed,
    IReadOnlyList<FactEvidence> Contradicted,
    IReadOnlyList<RecognisedCopy> DiscountedCopies,
    IReadOnlyList<ConsistencyFlag> Flags);
