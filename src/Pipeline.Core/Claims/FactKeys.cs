using System.Globalization;

namespace Pipeline.Core.Claims;

/// <summary>
/// Deterministic fact keys (ARCHITECTURE D5): what is measured and what happened to it, per side or in total, between
/// which parties, and when. Claims from different articles that state the same fact share a key, so grouping is a lookup.
/// Format: <c>{measure group}-{frame}|{scope}|{parties}|{period}</c>, e.g. <c>persons-released|per-side|russia,ukraine|2025-05-23</c>.
/// </summary>
public static class FactKeys
{
    public const char Separator = '|';

    /// <summary>The key with no parties; kept for callers that only know the measure, frame, scope and a reference date.</summary>
    public static string For(string measureGroup, string? frame, ClaimScope? scope, DateOnly? period) =>
        For(measureGroup, frame, scope, [], Period(period));

    public static string For(string measureGroup, string? frame, ClaimScope? scope, IReadOnlyList<string> parties, string period)
    {
        ArgumentNullException.ThrowIfNull(parties);
        return For(measureGroup, frame, scope, Who(parties), period);
    }

    /// <summary>The parties part of a key; the same for every claim of an article, so extraction computes it once.</summary>
    internal static string Who(IReadOnlyList<string> parties) => parties.Count switch
    {
        0 => "any",
        1 => Part(parties[0]),
        // An article's two parties (Parties.Count) ordered by hand, not through a sorted sequence.
        2 => Pair(Part(parties[0]), Part(parties[1])),
        _ => string.Join(',', parties.Select(Part).Order(StringComparer.Ordinal)),
    };

    private static string Part(string party) => party.ToLowerInvariant().Replace(' ', '-');

    private static string Pair(string first, string second) =>
        string.CompareOrdinal(first, second) <= 0 ? $"{first},{second}" : $"{second},{first}";

    internal static string For(string measureGroup, string? frame, ClaimScope? scope, string who, string period)
    {
        ArgumentNullException.ThrowIfNull(measureGroup);
        var how = scope switch
        {
            null => "any",
            ClaimScope.PerSide => "per-side",
            _ => ContractNames.Of(scope.Value).Replace('_', '-'),
        };
        return frame is null
            ? $"{measureGroup}{Separator}{how}{Separator}{who}{Separator}{period}"
            : $"{measureGroup}-{frame}{Separator}{how}{Separator}{who}{Separator}{period}";
    }

    /// <summary>The ISO week of a date: reports of one event a day apart still meet.</summary>
    public static string Period(DateOnly? date) => date is { } d
        ? $"{ISOWeek.GetYear(d.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(d.ToDateTime(TimeOnly.MinValue)):D2}"
        : "undated";

    /// <summary>A day, for facts that happen on a day (released, killed): "390 released on day one" is not day two.</summary>
    public static string Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";
}
