namespace Pipeline.Core.Reliability.Methods;

/// <summary>
/// What a method concluded. <see cref="Beliefs"/> holds, per fact, a probability-like confidence for each
/// candidate (summing to 1); <see cref="Truth"/> the chosen candidate per fact.
/// </summary>
public sealed record TruthResult(
    string Method,
    IReadOnlyList<IReadOnlyList<double>> Beliefs,
    IReadOnlyList<int> Truth,
    IReadOnlyList<SourceEstimate> Sources,
    IReadOnlyList<SourceDependence> Dependencies,
    int Iterations);
