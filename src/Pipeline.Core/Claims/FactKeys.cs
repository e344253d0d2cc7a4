using System.Globalization;

namespace Pipeline.Core.Claims;

/// <summary>
/// Deterministic fact keys (ARCHITECTURE D5): what is measured, in which frame and scope, and when.
/// Claims from different articles that state the same fact share a key, so grouping is a lookup.
/// </summary>
public static class FactKeys
{
    public const char Separator = '|';

    public static string For(string measureGroup, string? frame, ClaimScope? scope, DateOnly? period)
    {
        ArgumentNullException.ThrowIfNull(measureGroup);
        var what = frame is null ? measureGroup : $"{measureGroup}-{frame}";
        var how = scope is null ? "any" : ContractNames.Of(scope.Value).Replace('_', '-');
        return string.Join(Separator, what, how, Period(period));
    }

    /// <summary>The ISO week of the reference date: reports of one event a day apart still meet.</summary>
    public static string Period(DateOnly? date) => date is { } d
        ? $"{ISOWeek.GetYear(d.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(d.ToDateTime(TimeOnly.MinValue)):D2}"
        : "undated";
}
