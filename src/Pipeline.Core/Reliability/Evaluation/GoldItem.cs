namespace Pipeline.Core.Reliability.Evaluation;

/// <summary>
/// The gold answer for one fact, as candidate indices: <see cref="Exact"/> are strictly correct,
/// <see cref="Lenient"/> also correct under the dataset's lenient rule (within 1%, or a generalisation in a hierarchy).
/// </summary>
public sealed record GoldItem(int Fact, IReadOnlySet<int> Exact, IReadOnlySet<int> Lenient);
