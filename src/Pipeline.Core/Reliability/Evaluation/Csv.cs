using System.Text;

namespace Pipeline.Core.Reliability.Evaluation;

/// <summary>A minimal RFC 4180 reader: quoted fields, doubled quotes, one record per line (the datasets have no embedded newlines).</summary>
internal static class Csv
{
    public static IEnumerable<string[]> Rows(TextReader reader, bool skipHeader = true)
    {
        string? line;
        var first = true;
        while ((line = reader.ReadLine()) is not null)
        {
            if (first && skipHeader)
            {
                first = false;
                continue;
            }

            first = false;
            if (line.Length > 0)
            {
                yield return Split(line);
            }
        }
    }

    public static string[] Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(ch);
            }
        }

        fields.Add(field.ToString());
        return [.. fields];
    }
}
