namespace Pipeline.Core.Reliability.Compatibility;

/// <summary>Builds a fact's support matrix [claimed, truth] from its candidates' stated values.</summary>
public static class NumericSupport
{
    /// <summary>The matrix, or null when no candidate supports another (then methods treat values as categories).</summary>
    public static double[]? Matrix(IReadOnlyList<StatedValue> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var n = candidates.Count;
        var matrix = new double[checked(n * n)];
        var any = false;
        for (var c = 0; c < n; c++)
        {
            for (var t = 0; t < n; t++)
            {
                var support = c == t ? 1 : ValueCompatibility.Support(candidates[c], candidates[t]);
                matrix[(c * n) + t] = support;
                any |= c != t && support > 0;
            }
        }

        return any ? matrix : null;
    }
}
