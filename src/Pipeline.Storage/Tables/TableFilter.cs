using System.Globalization;

namespace Pipeline.Storage.Tables;

/// <summary>
/// Builds OData <c>$filter</c> expressions with every value escaped, so user input never becomes filter syntax.
/// Property names must be identifiers; values are literals.
/// </summary>
public sealed class TableFilter
{
    private TableFilter(string expression) => Expression = expression;

    public string Expression { get; }

    public static TableFilter Compare(string property, string op, string value) => new($"{Name(property)} {Op(op)} '{value.Replace("'", "''", StringComparison.Ordinal)}'");

    public static TableFilter Compare(string property, string op, long value) => new($"{Name(property)} {Op(op)} {value.ToString(CultureInfo.InvariantCulture)}L");

    public static TableFilter Compare(string property, string op, double value) => new($"{Name(property)} {Op(op)} {value.ToString("R", CultureInfo.InvariantCulture)}");

    public static TableFilter Compare(string property, string op, bool value) => new($"{Name(property)} {Op(op)} {(value ? "true" : "false")}");

    public static TableFilter Compare(string property, string op, DateTimeOffset value) =>
        new($"{Name(property)} {Op(op)} datetime'{value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture)}'");

    public static TableFilter Equal(string property, string value) => Compare(property, "eq", value);

    /// <summary>Rows whose string property starts with <paramref name="prefix"/>: a range, since OData has no startswith on tables.</summary>
    public static TableFilter StartsWith(string property, string prefix) =>
        Compare(property, "ge", prefix).And(Compare(property, "lt", prefix + '\uffff'));

    public TableFilter And(TableFilter other) => new($"({Expression}) and ({other?.Expression})");

    public TableFilter Or(TableFilter other) => new($"({Expression}) or ({other?.Expression})");

    public override string ToString() => Expression;

    private static string Name(string property) =>
        !string.IsNullOrEmpty(property) && char.IsAsciiLetter(property[0]) && property.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? property
            : throw new ArgumentException($"'{property}' is not a property name.", nameof(property));

    private static string Op(string op) => op is "eq" or "ne" or "gt" or "ge" or "lt" or "le"
        ? op
        : throw new ArgumentException($"'{op}' is not a comparison operator.", nameof(op));
}
