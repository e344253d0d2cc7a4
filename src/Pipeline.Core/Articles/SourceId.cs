using System.Text;

namespace Pipeline.Core.Articles;

/// <summary>A stable outlet id: lower-case ASCII letters, digits and dashes, so it is safe as a table key and in a URL.</summary>
public static class SourceId
{
    public const int MaxLength = 64;

    public static bool TryNormalize(string? raw, out string sourceId)
    {
        sourceId = string.Empty;
        if (string.IsNullOrWhiteSpace(raw))
        {
            return false;
        }

        var builder = new StringBuilder(raw.Length);
        foreach (var c in raw.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var normalized = builder.ToString().Trim('-');
        if (normalized.Length == 0 || normalized.Length > MaxLength)
        {
            return false;
        }

        sourceId = normalized;
        return true;
    }
}
