using System.Text;

namespace Pipeline.Core.Reliability.Evaluation;

/// <summary>
/// The benchmark datasets by name: which files the host must open (relative to the datasets folder, in order),
/// their encoding, and the parser. Keeps the CLI (<c>pipeline truth-eval --dataset NAME</c>) free of dataset knowledge.
/// </summary>
public static class TruthDatasets
{
    public static IReadOnlyList<string> Names { get; } = ["population", "book", "heritages"];

    public static IReadOnlyList<string> FilesOf(string name) => name switch
    {
        "population" => ["population/population_claims.csv", "population/population_truth.csv"],
        "book" => ["book/book.txt", "book/book_golden.txt", "book/book_silver.txt"],
        "heritages" => ["heritages/claims.csv", "heritages/groundtruths.csv", "heritages/hierarchy.csv"],
        _ => throw new ArgumentException($"Unknown dataset '{name}'. Known: {string.Join(", ", Names)}.", nameof(name)),
    };

    /// <summary>book.txt is Latin-1; the others are UTF-8.</summary>
    public static Encoding EncodingOf(string name) => name == "book" ? Encoding.Latin1 : Encoding.UTF8;

    public static TruthDataset Parse(string name, IReadOnlyList<TextReader> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count != FilesOf(name).Count)
        {
            throw new ArgumentException($"Dataset '{name}' needs {FilesOf(name).Count} files: {string.Join(", ", FilesOf(name))}.", nameof(files));
        }

        return name switch
        {
            "population" => PopulationDataset.Parse(files[0], files[1]),
            "book" => BookDataset.Parse(files[0], files[1], files[2]),
            _ => HeritagesDataset.Parse(files[0], files[1], files[2]),
        };
    }
}
