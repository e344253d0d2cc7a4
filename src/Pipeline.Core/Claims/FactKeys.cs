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
        var how = How(scope);
        return frame is null
            ? $"{measureGroup}{Separator}{how}{Separator}{who}{Separator}{period}"
            : $"{measureGroup}-{frame}{Separator}{how}{Separator}{who}{Separator}{period}";
    }

    /// <summary>
    /// The same key as above, written in one pass: extraction makes one per claim, and interpolating its parts (and the
    /// period and "{measure}-{kind}" as strings of their own) rented and copied buffers for every one. A
    /// <paramref name="kind"/> joins the measure group ("persons-date"), before the frame.
    /// </summary>
    internal static string For(string measureGroup, string? kind, string? frame, ClaimScope? scope, string who, FactPeriod period)
    {
        var parts = new KeyParts(measureGroup, kind, frame, How(scope), who, period);
        return string.Create(parts.Length, parts, static (key, parts) => parts.WriteTo(key));
    }

    private static string How(ClaimScope? scope) => scope switch
    {
        null => "any",
        ClaimScope.PerSide => "per-side",
        _ => Total,
    };

    private static readonly string Total = ContractNames.Of(ClaimScope.Total).Replace('_', '-');

    private readonly record struct KeyParts(string MeasureGroup, string? Kind, string? Frame, string How, string Who, FactPeriod Period)
    {
        public int Length => MeasureGroup.Length + Joined(Kind) + Joined(Frame) + How.Length + Who.Length + Period.Length + 3;

        public void WriteTo(Span<char> key)
        {
            MeasureGroup.CopyTo(key);
            key = key[MeasureGroup.Length..];
            key = Kind is null ? key : Append(key, '-', Kind);
            key = Frame is null ? key : Append(key, '-', Frame);
            key = Append(key, Separator, How);
            key = Append(key, Separator, Who);
            key[0] = Separator;
            Period.WriteTo(key[1..]);
        }

        private static int Joined(string? part) => part is null ? 0 : part.Length + 1;

        /// <summary>Writes the separator and the part at the start of <paramref name="key"/>; the rest of it.</summary>
        private static Span<char> Append(Span<char> key, char separator, string part)
        {
            key[0] = separator;
            part.CopyTo(key[1..]);
            return key[(part.Length + 1)..];
        }
    }

    /// <summary>The ISO week of a date: reports of one event a day apart still meet.</summary>
    public static string Period(DateOnly? date) => FactPeriod.Week(date).ToString();

    /// <summary>A day, for facts that happen on a day (released, killed): "390 released on day one" is not day two.</summary>
    public static string Day(DateOnly? date) => FactPeriod.Day(date).ToString();
}
