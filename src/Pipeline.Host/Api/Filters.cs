using Microsoft.AspNetCore.Http.HttpResults;
using Pipeline.Core.Articles;
using Pipeline.Storage.Tables;

namespace Pipeline.Host.Api;

/// <summary>
/// Turns query parameters into table filters through the escaping builder, validating each first, so user input
/// never reaches <c>$filter</c> as syntax. A bad value is a 400 naming its parameter.
/// </summary>
public static class Filters
{
    public static TableFilter? Build(out ProblemHttpResult? problem, params (string Name, string? Value, Func<string, TableFilter?> Make)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        TableFilter? combined = null;
        foreach (var (name, value, make) in parameters)
        {
            if (value is null)
            {
                continue;
            }

            var filter = value.Length <= 256 ? make(value) : null;
            if (filter is null)
            {
                problem = Problems.BadRequest(name, $"'{name}' has an invalid value.");
                return null;
            }

            combined = combined is null ? filter : combined.And(filter);
        }

        problem = null;
        return combined;
    }

    public static TableFilter? Source(string property, string value) =>
        SourceId.TryNormalize(value, out var id) && id == value ? TableFilter.Equal(property, id) : null;

    /// <summary>Dates are stored as ISO strings, which order like the dates they spell.</summary>
    public static TableFilter? Date(string property, string op, string value) =>
        PublishedDate.TryParse(value, out var date) ? TableFilter.Compare(property, op, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) : null;

    public static TableFilter? Boolean(string property, string value) =>
        bool.TryParse(value, out var b) ? TableFilter.Compare(property, "eq", b) : null;

    /// <summary>Fact keys start with what they measure, so a measure is a key prefix.</summary>
    public static TableFilter? Prefix(string property, string value) =>
        value.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') ? TableFilter.StartsWith(property, value) : null;
}
