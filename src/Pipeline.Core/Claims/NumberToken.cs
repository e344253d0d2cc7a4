namespace Pipeline.Core.Claims;

/// <summary>A number found in text: its span and its value.</summary>
public readonly record struct NumberToken(int Start, int End, double Value);
