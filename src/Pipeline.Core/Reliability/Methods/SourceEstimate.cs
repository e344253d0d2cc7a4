namespace Pipeline.Core.Reliability.Methods;

/// <summary>
/// A source's accuracy as a Beta posterior: <see cref="Alpha"/> and <see cref="Beta"/> include the prior,
/// <see cref="Lower"/>/<see cref="Upper"/> bound the 95% credible interval (a method's final estimates widen it to
/// cover the source's accuracy on disputed facts too, see SourceScoring.Estimate). Evidence counts only facts
/// another source also spoke about; a claim nobody else makes cannot be checked.
/// </summary>
public readonly record struct SourceEstimate(double Accuracy, double Alpha, double Beta, double Lower, double Upper, double Evidence);
