namespace Pipeline.Core.Claims.Numbers;

/// <summary>
/// Multiplies a written figure by its scale in decimal, so "$4.1 billion" is 4100000000 and not 4099999999.9999995,
/// which no value comparison with a tolerance of 1e-6 would accept.
/// </summary>
internal static class Scaling
{
    private const double DecimalLimit = 7.9e27;

    public static double Times(double value, double factor)
    {
        var product = value * factor;
        return Math.Abs(product) < DecimalLimit && Math.Abs(value) >= 1e-12 && double.IsFinite(value) && double.IsFinite(factor)
            ? (double)((decimal)value * (decimal)factor)
            : product;
    }
}
