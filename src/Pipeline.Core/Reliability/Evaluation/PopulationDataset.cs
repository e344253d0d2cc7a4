using System.Globalization;
using Pipeline.Core.Reliability.Compatibility;

namespace Pipeline.Core.Reliability.Evaluation;

/// <summary>
/// Population (Wikipedia infobox edits, Pasternack and Roth 2010): claims <c>city, PopulationYYYY, value, editor</c>,
/// gold <c>city, PopulationYYYY, value</c>. Values are exact numbers compared with the default tolerance.
/// </summary>
public static class PopulationDataset
{
    public static TruthDataset Parse(TextReader claims, TextReader truth, CompatibilityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(truth);
        var builder = new ProblemBuilder();
        foreach (var row in Csv.Rows(claims))
        {
            if (row.Length >= 4 && TryNumber(row[2], out _))
            {
                builder.Add(row[0] + "|" + row[1], row[3], Canonical(row[2]));
            }
        }

        var problem = builder.Build(labels => NumericSupport.Matrix(labels.Select(l => StatedValue.Number(double.Parse(l, CultureInfo.InvariantCulture), options: options)).ToList()));
        var gold = new List<GoldItem>();
        foreach (var row in Csv.Rows(truth))
        {
            if (row.Length >= 3 && TryNumber(row[2], out var value) && builder.TryGetFact(row[0] + "|" + row[1], out var fact))
            {
                var labels = builder.Labels[fact];
                var exact = Matching(labels, v => v == value);
                var lenient = Matching(labels, v => Math.Abs(v - value) <= 0.01 * Math.Abs(value));
                gold.Add(new GoldItem(fact, exact, lenient));
            }
        }

        return new TruthDataset("population", problem, builder.Labels, gold, gold, LenientSourceAccuracy: false);
    }

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    private static string Canonical(string text)
    {
        TryNumber(text, out var value);
        return value.ToString("R", CultureInfo.InvariantCulture);
    }

    private static HashSet<int> Matching(IReadOnlyList<string> labels, Func<double, bool> accept) =>
        Enumerable.Range(0, labels.Count).Where(i => accept(double.Parse(labels[i], CultureInfo.InvariantCulture))).ToHashSet();
}
