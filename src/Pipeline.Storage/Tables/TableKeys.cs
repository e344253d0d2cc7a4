namespace Pipeline.Storage.Tables;

/// <summary>
/// Key rules checked before sending: no <c>/ \ # ?</c>, no control characters (U+0000-U+001F, U+007F-U+009F), no lone
/// surrogates, and at most 1 KiB (512 UTF-16 characters, the service's storage unit). Keys built from outside input
/// should be slugs or hashes; these checks make a bad key a clear error rather than a 400 or a request to another row.
/// </summary>
public static class TableKeys
{
    public const int MaxLength = 512;

    public static bool IsValid(string? key) =>
        key is not null && key.Length <= MaxLength
        && !key.Any(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c))
        && ResourceNames.IsWellFormedUtf16(key);

    public static void Validate(string key, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(key, parameterName);
        if (!IsValid(key))
        {
            throw new ArgumentException($"A table key must be at most {MaxLength} characters with no '/', '\\', '#', '?', control characters or lone surrogates.", parameterName);
        }
    }

    /// <summary>The key literal for a URL: single quotes doubled, then percent-encoded.</summary>
    public static string UrlLiteral(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Uri.EscapeDataString(key.Replace("'", "''", StringComparison.Ordinal));
    }

    public static void ValidateTableName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length is < 3 or > 63 || !char.IsAsciiLetter(name[0]) || !name.All(char.IsAsciiLetterOrDigit)
            || name.Equals("tables", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"'{name}' is not a valid table name: 3-63 letters and digits, starting with a letter, not 'tables'.", nameof(name));
        }
    }
}
