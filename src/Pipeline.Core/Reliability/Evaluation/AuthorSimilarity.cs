namespace Pipeline.Core.Reliability.Evaluation;

/// <summary>
/// Support between author lists (TruthFinder's imp for books): the share of the claimed people (last name + first
/// initial) who are in the candidate. A listing that omits co-authors is incomplete, not wrong, so it fully supports
/// the longer list; a listing with an extra name supports the shorter one only in part.
/// </summary>
internal static class AuthorSimilarity
{
    public static double[]? Matrix(IReadOnlyList<string> labels)
    {
        var keys = labels.Select(l => l.Split("; ").Select(AuthorNames.Key).ToHashSet(StringComparer.Ordinal)).ToArray();
        var n = labels.Count;
        var matrix = new double[checked(n * n)];
        for (var c = 0; c < n; c++)
        {
            for (var t = 0; t < n; t++)
            {
                var shared = keys[c].Count(keys[t].Contains);
                matrix[(c * n) + t] = c == t ? 1 : (double)shared / keys[c].Count;
            }
        }

        return matrix;
    }
}
