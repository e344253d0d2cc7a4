namespace Pipeline.Core.Reliability.Evaluation;

/// <summary>
/// Book-Author (AbeBooks 2007): TSV <c>store, ISBN, title, authors</c>; gold and silver map ISBN to the author list.
/// A candidate is the normalised set of authors; strict correctness is equality of that set (first and last
/// names; order is ignored because listings reorder co-authors), lenient is the same set of last names.
/// </summary>
public static class BookDataset
{
    public static TruthDataset Parse(TextReader claims, TextReader gold, TextReader silver)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var builder = new ProblemBuilder();
        string? line;
        while ((line = claims.ReadLine()) is not null)
        {
            var f = line.Split('\t');
            var names = f.Length >= 4 ? AuthorNames.Parse(f[3]) : [];
            if (names.Count > 0 && Isbn.Normalise(f[1]) is { } isbn)
            {
                builder.Add(isbn, f[0].Trim(), string.Join("; ", names));
            }
        }

        var problem = builder.Build(AuthorSimilarity.Matrix);
        return new TruthDataset("book", problem, builder.Labels, Gold(builder, gold), Gold(builder, silver), LenientSourceAccuracy: false);
    }

    private static List<GoldItem> Gold(ProblemBuilder builder, TextReader reader)
    {
        var items = new List<GoldItem>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var f = line.Split('\t');
            if (f.Length < 2 || Isbn.Normalise(f[0]) is not { } isbn || !builder.TryGetFact(isbn, out var fact))
            {
                continue;
            }

            var truth = AuthorNames.Parse(f[1]);
            var labels = builder.Labels[fact];
            var exact = Enumerable.Range(0, labels.Count).Where(i => labels[i] == string.Join("; ", truth)).ToHashSet();
            var lenient = Enumerable.Range(0, labels.Count).Where(i => SameLastNames(labels[i], truth)).ToHashSet();
            items.Add(new GoldItem(fact, exact, lenient));
        }

        return items;
    }

    private static bool SameLastNames(string label, IReadOnlyList<string> truth) =>
        LastNames(label.Split("; ")).SetEquals(LastNames(truth));

    private static HashSet<string> LastNames(IEnumerable<string> names) =>
        names.Select(n => n[(n.LastIndexOf(' ') + 1)..]).ToHashSet(StringComparer.Ordinal);
}
