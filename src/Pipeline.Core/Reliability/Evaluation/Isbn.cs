namespace Pipeline.Core.Reliability.Evaluation;

/// <summary>ISBN-10 and ISBN-13 to one ISBN-13 form, so claims and gold files join.</summary>
internal static class Isbn
{
    public static string? Normalise(string raw)
    {
        var digits = new string(raw.Where(c => char.IsDigit(c) || c is 'X' or 'x').ToArray()).ToUpperInvariant();
        if (digits.Length == 13)
        {
            return digits;
        }

        if (digits.Length != 10)
        {
            return null;
        }

        var stem = "978" + digits[..9];
        var sum = stem.Select((c, i) => (c - '0') * (i % 2 == 0 ? 1 : 3)).Sum();
        return stem + ((10 - (sum % 10)) % 10).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
