namespace Pipeline.Core.Claims.Numbers;

/// <summary>One word (or digit run) of a spelled-out number, with its role; <see cref="AfterAnd"/> marks an "and" before it.</summary>
internal readonly record struct NumberItem(double Value, NumberWordKind Kind, int Token, bool AfterAnd, bool IsArticle = false);
