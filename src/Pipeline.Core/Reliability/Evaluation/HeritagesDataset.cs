namespace Pipeline.Core.Reliability.Evaluation;

/// <summary>
/// Heritages (TDH, Jung et al. EDBT'19): claims <c>obj, src, value</c> where values are places in a hierarchy,
/// gold as the path from the most specific place upwards. A claim of an ancestor ("Afghanistan" for a district)
/// implies nothing false, so its support for the more specific candidate is 1 (implication, not similarity).
/// Exact accuracy wants the most specific gold place; lenient (generalised) accepts any place on the gold path.
/// </summary>
public static class HeritagesDataset
{
    public static TruthDataset Parse(TextReader claims, TextReader truths, TextReader hierarchy)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(truths);
        var ancestors = PlaceHierarchy.AncestorsByName(Csv.Rows(hierarchy));
        var builder = new ProblemBuilder();
        foreach (var row in Csv.Rows(claims))
        {
            if (row.Length >= 3 && row[2].Trim().Length > 0)
            {
                builder.Add(row[0].Trim(), row[1].Trim(), row[2].Trim());
            }
        }

        var problem = builder.Build(labels => PlaceHierarchy.Matrix(labels, ancestors), implies: true);
        var gold = new List<GoldItem>();
        foreach (var row in Csv.Rows(truths))
        {
            if (row.Length >= 2 && builder.TryGetFact(row[0].Trim(), out var fact))
            {
                var path = row[1].Split(',').Select(p => p.Trim()).ToList();
                var labels = builder.Labels[fact];
                var exact = Enumerable.Range(0, labels.Count).Where(i => labels[i] == path[0]).ToHashSet();
                var lenient = Enumerable.Range(0, labels.Count).Where(i => path.Contains(labels[i])).ToHashSet();
                gold.Add(new GoldItem(fact, exact, lenient));
            }
        }

        return new TruthDataset("heritages", problem, builder.Labels, gold, gold, LenientSourceAccuracy: true);
    }
}
