namespace Pipeline.Core.Claims.Numbers;

/// <summary>A normalised number-like mention: its exact span (end exclusive), its type and resolved value.</summary>
public sealed record NormalizedMention(string Text, int Start, int End, string Type, double? Value, string? Unit = null);
