using Pipeline.Core.Claims;
using Pipeline.Core.Reliability.Compatibility;

namespace Pipeline.Core.Reliability;

/// <summary>The range of true values a stated quantity is compatible with, after its qualifier and a tolerance.</summary>
public readonly record struct ValueInterval(double Lower, double Upper)
{
    public static ValueInterval Of(Quantity quantity, Qualifier qualifier, CompatibilityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        options ??= CompatibilityOptions.Default;
        var number = quantity.Number ?? quantity.Lower ?? quantity.Upper ?? 0;
        var tolerance = qualifier is Qualifier.Approx or Qualifier.Nearly or Qualifier.Vague ? options.ApproximateTolerance : options.ExactTolerance;
        var slack = Math.Max(Math.Abs(number) * tolerance, options.AbsoluteSlack);
        return qualifier switch
        {
            // Strict bounds: "more than 250" excludes 250 itself.
            Qualifier.MoreThan => new ValueInterval(Math.BitIncrement(quantity.Lower ?? number), double.PositiveInfinity),
            Qualifier.AtLeast => new ValueInterval(quantity.Lower ?? number, double.PositiveInfinity),
            Qualifier.LessThan => new ValueInterval(double.NegativeInfinity, Math.BitDecrement(quantity.Upper ?? number)),
            Qualifier.AtMost => new ValueInterval(double.NegativeInfinity, quantity.Upper ?? number),
            // "Nearly 800" means a little under 800, never over it.
            Qualifier.Nearly => new ValueInterval(number - slack, number),
            Qualifier.Range => new ValueInterval(quantity.Lower ?? number, quantity.Upper ?? number),
            Qualifier.Vague => new ValueInterval(quantity.Lower ?? number - slack, quantity.Upper ?? number + slack),
            _ => new ValueInterval(number - slack, number + slack),
        };
    }

    public bool Contains(double value) => value >= Lower && value <= Upper;

    public bool Overlaps(ValueInterval other) => Lower <= other.Upper && other.Lower <= Upper;
}
