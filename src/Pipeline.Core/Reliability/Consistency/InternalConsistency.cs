using System.Globalization;

namespace Pipeline.Core.Reliability.Consistency;

/// <summary>
/// Flags articles that contradict themselves. Figures are compared with 1% (and ±0.5) slack so rounding is not a
/// contradiction. Claims are grouped by measure and frame: only statements about the same thing are compared.
/// </summary>
public static class InternalConsistency
{
    public static IReadOnlyList<ConsistencyFlag> Check(ArticleClaims article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var flags = new List<ConsistencyFlag>();
        foreach (var group in article.Claims.GroupBy(c => (c.Measure, c.Frame)).OrderBy(g => g.Key.Measure, StringComparer.Ordinal).ThenBy(g => g.Key.Frame, StringComparer.Ordinal))
        {
            var numbers = group.Where(c => c.Value is not null).ToList();
            flags.AddRange(NumberChecks.HeadlineVsBody(article, numbers));
            flags.AddRange(NumberChecks.PerSideVsTotal(article, numbers));
            flags.AddRange(NumberChecks.PartsVsWhole(article, numbers));
            flags.AddRange(DateChecks.Check(article, group.Where(c => c.Date is not null).ToList()));
        }

        flags.AddRange(PeriodChecks.Check(article));
        return flags;
    }

    internal static bool Close(double a, double b) => Math.Abs(a - b) <= Math.Max(0.5, 0.01 * Math.Max(Math.Abs(a), Math.Abs(b)));

    internal static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
