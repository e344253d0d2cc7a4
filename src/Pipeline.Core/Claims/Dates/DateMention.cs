using Pipeline.Core.Claims;

namespace Pipeline.Core.Claims.Dates;

/// <summary>A resolved date expression on tokens [FirstToken, EndToken).</summary>
internal readonly record struct DateMention(int FirstToken, int EndToken, TemporalValue Value, ClaimKind Kind);
