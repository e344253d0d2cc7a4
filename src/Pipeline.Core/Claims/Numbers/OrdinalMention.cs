namespace Pipeline.Core.Claims.Numbers;

/// <summary>An ordinal ("64th", "fifth", "twenty-first") with its span and tokens [FirstToken, EndToken).</summary>
public readonly record struct OrdinalMention(int Start, int End, double Value, int FirstToken, int EndToken);
