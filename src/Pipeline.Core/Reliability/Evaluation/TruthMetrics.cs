namespace Pipeline.Core.Reliability.Evaluation;

/// <summary>
/// The protocol's metrics (report §4.2). Accuracy is on gold items; <see cref="LenientAccuracy"/> is within 1% for
/// numbers, generalised for hierarchies. Source metrics use sources with at least <see cref="MinEvaluatedClaims"/>
/// claims on gold items: Spearman of estimated vs true accuracy, mean absolute difference, and the share of
/// sources whose true accuracy lies inside the 95% interval of the source's accuracy (<see cref="Coverage"/>) and inside
/// the 95% posterior predictive range for an accuracy measured on as many claims as gold has for it
/// (<see cref="PredictiveCoverage"/>: the measured figure carries the sampling noise of a handful of gold items).
/// </summary>
public sealed record TruthMetrics(
    string Dataset,
    string Method,
    int GoldItems,
    double Accuracy,
    double LenientAccuracy,
    int MinEvaluatedClaims,
    int SourcesEvaluated,
    double Spearman,
    double MeanAbsoluteError,
    double Coverage,
    double PredictiveCoverage,
    int Iterations,
    TimeSpan Elapsed)
{
    public override string ToString() =>
        FormattableString.Invariant(
            $"{Dataset,-12} {Method,-12} gold={GoldItems} acc={Accuracy:0.000} lenient={LenientAccuracy:0.000} sources(>={MinEvaluatedClaims})={SourcesEvaluated} spearman={Spearman:0.000} mae={MeanAbsoluteError:0.000} coverage={Coverage:0.000} predictive={PredictiveCoverage:0.000} iter={Iterations} time={Elapsed.TotalMilliseconds:0}ms");
}
