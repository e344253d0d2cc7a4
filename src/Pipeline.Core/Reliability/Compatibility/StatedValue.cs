using Pipeline.Core.Claims;

namespace Pipeline.Core.Reliability.Compatibility;

/// <summary>
/// A claimed value normalised for comparison. <see cref="CoreLower"/>..<see cref="CoreUpper"/> is what was stated
/// (a point for "390", a half-line for "more than 250", a whole month for "in May 2025"); <see cref="Lower"/>..<see cref="Upper"/>
/// is every truth the statement is compatible with, after its qualifier and tolerance. Dates and durations are in days.
/// </summary>
public sealed record StatedValue(ValueKind Kind, double CoreLower, double CoreUpper, double Lower, double Upper, Qualifier Qualifier, string Label)
{
    public bool IsPoint => CoreLower == CoreUpper;

    /// <summary>A bounded statement ("390", "about 1,000", "in May 2025") as opposed to an open one ("more than 250").</summary>
    public bool IsFirm => !double.IsInfinity(CoreLower) && !double.IsInfinity(CoreUpper);

    /// <summary>The width over which support fades to zero outside <see cref="Lower"/>..<see cref="Upper"/>.</summary>
    public double Slack { get; init; }

    public static StatedValue Number(double value, Qualifier qualifier = Qualifier.Exact, CompatibilityOptions? options = null) =>
        FromQuantity(Quantity.Exact(value), qualifier, ValueKind.Number, options);

    public static StatedValue Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var label = string.Join(' ', text.ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return new StatedValue(ValueKind.Text, 0, 0, 0, 0, Qualifier.Exact, label);
    }

    public static StatedValue FromQuantity(Quantity quantity, Qualifier qualifier, ValueKind kind = ValueKind.Number, CompatibilityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        options ??= CompatibilityOptions.Default;
        var scale = kind == ValueKind.Duration ? Durations.DaysPer(quantity.Unit) : 1;
        var interval = ValueInterval.Of(quantity, qualifier, options);
        var number = (quantity.Number ?? quantity.Lower ?? quantity.Upper ?? 0) * scale;
        var core = Core(quantity, qualifier, scale);
        var tolerance = qualifier is Qualifier.Exact ? options.ExactTolerance : options.ApproximateTolerance;
        var slack = Math.Max(Math.Abs(number) * tolerance, options.AbsoluteSlack * scale);
        var label = $"{Prefix(qualifier)}{number:0.######}{(kind == ValueKind.Duration ? " days" : string.Empty)}";
        return new StatedValue(kind, core.Lower, core.Upper, interval.Lower * scale, interval.Upper * scale, qualifier, label) { Slack = slack };
    }

    public static StatedValue Date(TemporalValue date)
    {
        ArgumentNullException.ThrowIfNull(date);
        var (first, last) = Dates.Span(date);
        var label = date.End is null && date.Precision == DatePrecision.Day ? $"{date.Start:yyyy-MM-dd}" : $"{first:yyyy-MM-dd}..{last:yyyy-MM-dd}";
        double lo = first.DayNumber, hi = last.DayNumber;
        return new StatedValue(ValueKind.Date, lo, hi, lo, hi, Qualifier.Exact, label);
    }

    private static (double Lower, double Upper) Core(Quantity quantity, Qualifier qualifier, double scale)
    {
        var number = quantity.Number ?? quantity.Lower ?? quantity.Upper ?? 0;
        return qualifier switch
        {
            Qualifier.MoreThan or Qualifier.AtLeast => ((quantity.Lower ?? number) * scale, double.PositiveInfinity),
            Qualifier.LessThan or Qualifier.AtMost => (double.NegativeInfinity, (quantity.Upper ?? number) * scale),
            Qualifier.Range => ((quantity.Lower ?? number) * scale, (quantity.Upper ?? number) * scale),
            _ => (number * scale, number * scale),
        };
    }

    private static string Prefix(Qualifier qualifier) => qualifier switch
    {
        Qualifier.Exact => string.Empty,
        Qualifier.MoreThan => ">",
        Qualifier.AtLeast => ">=",
        Qualifier.LessThan => "<",
        Qualifier.AtMost => "<=",
        _ => "~",
    };
}
