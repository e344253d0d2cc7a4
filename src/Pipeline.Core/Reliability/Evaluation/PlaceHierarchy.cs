namespace Pipeline.Core.Reliability.Evaluation;

/// <summary>A place tree read from <c>ID, name, parentID</c> rows, looked up by name (a name may occur more than once).</summary>
internal static class PlaceHierarchy
{
    public static Dictionary<string, HashSet<string>> AncestorsByName(IEnumerable<string[]> rows)
    {
        var name = new Dictionary<string, string>(StringComparer.Ordinal);
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows.Where(r => r.Length >= 3))
        {
            name[row[0].Trim()] = row[1].Trim();
            parent[row[0].Trim()] = row[2].Trim();
        }

        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (id, placeName) in name)
        {
            if (!result.TryGetValue(placeName, out var set))
            {
                set = new HashSet<string>(StringComparer.Ordinal);
                result[placeName] = set;
            }

            var guard = 0;
            for (var p = parent.GetValueOrDefault(id); p is not null && name.TryGetValue(p, out var up) && guard++ < 64; p = parent.GetValueOrDefault(p))
            {
                set.Add(up);
            }
        }

        return result;
    }

    /// <summary>support[c, t] = 1 when place c is an ancestor of candidate t, so a truth of t makes a claim of c correct.</summary>
    public static double[]? Matrix(IReadOnlyList<string> labels, Dictionary<string, HashSet<string>> ancestors)
    {
        var n = labels.Count;
        var matrix = new double[checked(n * n)];
        var any = false;
        for (var c = 0; c < n; c++)
        {
            for (var t = 0; t < n; t++)
            {
                var implied = c == t || (ancestors.TryGetValue(labels[t], out var up) && up.Contains(labels[c]));
                matrix[(c * n) + t] = implied ? 1 : 0;
                any |= implied && c != t;
            }
        }

        return any ? matrix : null;
    }
}
