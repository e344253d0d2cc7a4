namespace Pipeline.Core.Claims;

/// <summary>The spellings the extract contract uses for enum values; evaluation tools depend on them.</summary>
public static class ContractNames
{
    private static readonly string[] KindNames = [.. Enum.GetValues<ClaimKind>().Select(NameOf)];

    public static string Of(ClaimKind kind) => (uint)kind < (uint)KindNames.Length ? KindNames[(int)kind] : NameOf(kind);

    private static string NameOf(ClaimKind kind) => kind switch
    {
        ClaimKind.DateRange => "date_range",
        ClaimKind.DateSince => "date_since",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static string Of(Qualifier qualifier) => qualifier switch
    {
        Qualifier.MoreThan => "more_than",
        Qualifier.AtLeast => "at_least",
        Qualifier.AtMost => "at_most",
        Qualifier.LessThan => "less_than",
        _ => qualifier.ToString().ToLowerInvariant(),
    };

    public static string Of(ClaimScope scope) => scope == ClaimScope.PerSide ? "per_side" : "total";

    public static string Of(DatePrecision precision) => precision.ToString().ToLowerInvariant();

    public static bool TryParseKind(string? name, out ClaimKind kind) => TryParse(name, Of, out kind);

    public static bool TryParseQualifier(string? name, out Qualifier qualifier) => TryParse(name, Of, out qualifier);

    public static bool TryParseScope(string? name, out ClaimScope scope) => TryParse(name, Of, out scope);

    private static bool TryParse<T>(string? name, Func<T, string> format, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(format(candidate), name, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
