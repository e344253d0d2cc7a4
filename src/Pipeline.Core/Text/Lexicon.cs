using System.Reflection;

namespace Pipeline.Core.Text;

/// <summary>Reads the embedded '|'-separated lexicon files; lines starting with '#' are comments.</summary>
internal static class Lexicon
{
    public static IReadOnlyList<string[]> Load(string name)
    {
        var assembly = typeof(Lexicon).Assembly;
        using var stream = assembly.GetManifestResourceStream($"Pipeline.Core.Lexicons.{name}")
            ?? throw new InvalidOperationException($"Lexicon '{name}' is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            rows.Add(line.Split('|', StringSplitOptions.TrimEntries));
        }

        return rows;
    }

    /// <summary>A case-insensitive word map that can be probed with a span, so lookups allocate nothing.</summary>
    public static WordMap<T> Map<T>(string name, Func<string[], T> value) =>
        new(Load(name).Select(row => (row[0], value(row))));
}
