using System.Globalization;

namespace Pipeline.Core.Articles;

/// <summary>Reads the publication dates users write in metadata and options: ISO dates and ISO timestamps.</summary>
public static class PublishedDate
{
    public static bool TryParse(string? raw, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(raw))
        {
            return false;
        }

        var trimmed = raw.Trim();
        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var timestamp))
        {
            date = DateOnly.FromDateTime(timestamp.UtcDateTime);
            return true;
        }

        return false;
    }
}
