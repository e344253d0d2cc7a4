namespace Pipeline.Core.Claims;

/// <summary>A normalised quantity: the stated number, its unit, and the bounds its qualifier implies (null = open).</summary>
public sealed record Quantity(double? Number, string? Unit, double? Lower, double? Upper)
{
    public static Quantity Exact(double number, string? unit = null) => new(number, unit, number, number);
}
