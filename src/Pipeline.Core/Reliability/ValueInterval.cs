using Pipeline.Core.Claims;

namespace Pipeline.Core.Reliability;

/// <summary>The range of true values a stated quantity is compatible with, after its qualifier and a tolerance.</summary>
public readonly record struct ValueInterval(double Lower, double Upper)
{
    public const double ExactTolerance = 0.01;
    public const double ApproxTolerance = 0.1;

    public static ValueInterval Of(Quantity quantity, Qualifier qualifier)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        var number = quantity.Number ?? quantity.Lower ?? quantity.Upper ?? 0;
        var tolerance = qualifier is Qualifier.Approx or Qualifier.Nearly or Qualifier.Vague ? ApproxTolerance : ExactTolerance;
        var slack = Math.Abs(number) * tolerance;
        return qualifier switch
        {
            Qualifier.MoreThan => new ValueInterval(Math.BitIncrement(quantity.Lower ?? number), double.PositiveInfinity),
            Qualifier.AtLeast => new ValueInterval(quantity.Lower ?? number, double.PositiveInfinity),
            Qualifier.LessThan => new ValueInterval(double.NegativeInfinity, Math.BitDecrement(quantity.Upper ?? number)),
            Qualifier.AtMost => new ValueInterval(double.NegativeInfinity, quantity.Upper ?? number),
            Qualifier.Nearly => new ValueInterval(number - slack, number),
            Qualifier.Vague or Qualifier.Range => new ValueInterval(quantity.Lower ?? double.NegativeInfinity, quantity.Upper ?? double.PositiveInfinity),
            _ => new ValueInterval(number - slack, number + slack),
        };
    }

    public bool Contains(double value) => value >= Lower && value <= Upper;

    public bool Overlaps(ValueInterval other) => Lower <= other.Upper && other.Lower <= Upper;
}
