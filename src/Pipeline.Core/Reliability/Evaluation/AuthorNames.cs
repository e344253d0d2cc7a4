using System.Text;
using System.Text.RegularExpressions;

namespace Pipeline.Core.Reliability.Evaluation;

/// <summary>
/// Normalises a printed author list ("Knuth, Donald E.", "Donald E. Knuth and Jane Doe", "knuth, donald;  doe, jane;")
/// into an ordered list of "first last" names: lower case, letters only, middle names and titles dropped.
/// </summary>
public static partial class AuthorNames
{
    private static readonly HashSet<string> Noise = new(StringComparer.Ordinal)
    {
        "by", "edited", "editor", "editors", "ed", "eds", "jr", "sr", "phd", "md", "dr", "prof", "ii", "iii", "iv", "mr", "mrs", "ms", "et", "al", "and",
    };

    /// <summary>The normalised names, or an empty list when the string names nobody ("Not Available").</summary>
    public static IReadOnlyList<string> Parse(string printed)
    {
        ArgumentNullException.ThrowIfNull(printed);
        // HTML entities in the listings ("St&uuml;tzle") become their base letter before '&' is read as "and".
        var text = HtmlEntity().Replace(StripParentheses(printed.ToLowerInvariant()), m => m.Groups[1].Value);
        if (text.Contains("not available", StringComparison.Ordinal) || text.Contains("unknown", StringComparison.Ordinal))
        {
            return [];
        }

        var names = new List<string>();
        var fromSemicolons = text.Contains(';', StringComparison.Ordinal);
        foreach (var segment in text.Replace(" and ", ";", StringComparison.Ordinal).Replace('&', ';').Replace('/', ';').Split(';'))
        {
            var parts = segment.Split(',').Select(Words).Where(w => w.Count > 0).ToList();
            var paired = parts.Count >= 2 && (parts[0].Count == 1 || (fromSemicolons && parts.Count == 2));
            for (var i = 0; i < parts.Count; i += paired ? 2 : 1)
            {
                names.Add(paired && i + 1 < parts.Count ? Name(parts[i + 1][0], parts[i][^1]) : Name(parts[i][0], parts[i][^1]));
            }
        }

        // Sorted: the set of people is the claim; listings reorder co-authors freely.
        return names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The key two spellings of one person share: last name and first initial.</summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return space <= 0 ? name : name[(space + 1)..] + " " + name[0];
    }

    private static string Name(string first, string last) => first == last ? last : first + " " + last;

    private static List<string> Words(string part) => part
        .Split([' ', '.', '\t'], StringSplitOptions.RemoveEmptyEntries)
        .Select(w => new string(w.Where(char.IsLetter).ToArray()))
        .Where(w => w.Length > 0 && !Noise.Contains(w))
        .ToList();

    [GeneratedRegex("&([a-z])[a-z]*;", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HtmlEntity();

    private static string StripParentheses(string text)
    {
        var sb = new StringBuilder(text.Length);
        var depth = 0;
        foreach (var ch in text)
        {
            depth += ch == '(' || ch == '[' ? 1 : 0;
            if (depth == 0)
            {
                sb.Append(ch);
            }

            depth -= (ch == ')' || ch == ']') && depth > 0 ? 1 : 0;
        }

        return sb.ToString();
    }
}
