namespace Pipeline.Core.Claims;

/// <summary>A resolved date or interval; <see cref="End"/> is null for an open interval ("since March 2022").</summary>
public sealed record TemporalValue(DateOnly Start, DateOnly? End, DatePrecision Precision);
