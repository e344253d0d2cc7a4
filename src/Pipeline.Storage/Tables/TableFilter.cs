using System.Globalization;

namespace Pipeline.Storage.Tables;

/// <summary>
/// Builds OData <c>$filter</c> expressions with every value escaped, so input never becomes filter syntax: strings
/// are quoted with inner quotes doubled, names must be identifiers, operators come from a fixed list, and the whole
/// expression is percent-encoded when sent. There is deliberately no way to pass raw filter text.
/// </summary>
public sealed class TableFilter
{
    private TableFilter(string expression) => Expression = expression;

    public string Expression { get; }

    public static TableFilter Compare(string property, string op, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!ResourceNames.IsWellFormedUtf16(value))
        {
            throw new ArgumentException("The filter value has a lone surrogate and cannot be sent.", nameof(value));
        }

        return Build(property, op, $"'{value.Replace("'", "''", StringComparison.Ordinal)}'");
    }

    public static TableFilter Compare(string property, string op, int value) => Build(property, op, value.ToString(CultureInfo.InvariantCulture));

    public static TableFilter Compare(string property, string op, long value) => Build(property, op, value.ToString(CultureInfo.InvariantCulture) + "L");

    /// <summary>Whole doubles get ".0" so the service reads a double literal, not an Int32 one. NaN and infinities cannot be compared.</summary>
    public static TableFilter Compare(string property, string op, double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A filter can only compare finite doubles.");
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return Build(property, op, text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0");
    }

    public static TableFilter Compare(string property, string op, bool value) => Build(property, op, value ? "true" : "false");

    public static TableFilter Compare(string property, string op, DateTimeOffset value) => Build(property, op, $"datetime'{TableJson.FormatDate(value)}'");

    public static TableFilter Compare(string property, string op, Guid value) => Build(property, op, $"guid'{value:D}'");

    public static TableFilter Compare(string property, string op, byte[] value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Build(property, op, $"X'{Convert.ToHexStringLower(value)}'");
    }

    public static TableFilter Equal(string property, string value) => Compare(property, "eq", value);

    /// <summary>Rows whose string property starts with <paramref name="prefix"/>: a range, since tables have no startswith.</summary>
    public static TableFilter StartsWith(string property, string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        if (prefix.Length == 0 || prefix[^1] == char.MaxValue)
        {
            return Compare(property, "ge", prefix);
        }

        var upper = prefix[..^1] + (char)(prefix[^1] + 1);
        return Compare(property, "ge", prefix).And(Compare(property, "lt", upper));
    }

    public TableFilter And(TableFilter other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new($"({Expression}) and ({other.Expression})");
    }

    public TableFilter Or(TableFilter other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new($"({Expression}) or ({other.Expression})");
    }

    public TableFilter Not() => new($"not ({Expression})");

    public override string ToString() => Expression;

    private static TableFilter Build(string property, string op, string literal) => new($"{Name(property)} {Op(op)} {literal}");

    private static string Name(string property) =>
        !string.IsNullOrEmpty(property) && property.Length <= 255 && char.IsAsciiLetter(property[0]) && property.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? property
            : throw new ArgumentException("The filter's property name must be an ASCII identifier.", nameof(property));

    private static string Op(string op) => op is "eq" or "ne" or "gt" or "ge" or "lt" or "le"
        ? op
        : throw new ArgumentException("The filter's operator must be one of eq, ne, gt, ge, lt, le.", nameof(op));
}
