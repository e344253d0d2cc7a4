using Pipeline.Core.Reliability.Methods;

namespace Pipeline.Core.Reliability.Evaluation;

/// <summary>
/// A parsed benchmark: the problem, the readable label of each fact's candidates, gold for value accuracy and
/// gold for source accuracy (Book's silver standard covers far more books than its 100 gold ones).
/// </summary>
/// <param name="LenientSourceAccuracy">Judge a source's claims by the lenient rule (hierarchies: "France" is right for Paris).</param>
public sealed record TruthDataset(
    string Name,
    TruthProblem Problem,
    IReadOnlyList<IReadOnlyList<string>> Labels,
    IReadOnlyList<GoldItem> Gold,
    IReadOnlyList<GoldItem> SourceGold,
    bool LenientSourceAccuracy);
