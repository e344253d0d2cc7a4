using System.Text;

namespace Pipeline.Core.Reliability.Evaluation;

/// <summary>
/// Normalises a printed author list ("Knuth, Donald E.", "Donald E. Knuth and Jane Doe", "knuth, donald;  doe, jane;")
/// into an ordered list of "first last" names: lower case, letters only, middle names and titles dropped.
/// </summary>
public static class AuthorNames
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
        var text = BaseLettersOfEntities(StripParentheses(printed.ToLowerInvariant()));
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

    /// <summary>"st&amp;uuml;tzle" becomes "stutzle": an entity of letters ending in ';' is replaced by its first letter.</summary>
    private static string BaseLettersOfEntities(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var end = text[i] == '&' ? EntityEnd(text, i) : -1;
            sb.Append(end > 0 ? text[i + 1] : text[i]);
            i = end > 0 ? end : i;
        }

        return sb.ToString();
    }

    /// <summary>The index of the ';' closing a letters-only entity starting at <paramref name="ampersand"/>, or -1.</summary>
    private static int EntityEnd(string text, int ampersand)
    {
        var j = ampersand + 1;
        while (j < text.Length && text[j] is >= 'a' and <= 'z')
        {
            j++;
        }

        return j > ampersand + 1 && j < text.Length && text[j] == ';' ? j : -1;
    }

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
