namespace Pipeline.Storage.Tables;

/// <summary>Key rules checked before sending: no <c>/ \ # ?</c>, no control characters, at most 1 KiB.</summary>
public static class TableKeys
{
    public const int MaxLength = 512;

    public static bool IsValid(string? key) =>
        key is not null && key.Length <= MaxLength && !key.Any(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));

    public static void Validate(string key, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(key, parameterName);
        if (!IsValid(key))
        {
            throw new ArgumentException($"A table key must be at most {MaxLength} characters with no '/', '\\', '#', '?' or control characters.", parameterName);
        }
    }

    /// <summary>The key literal for a URL: single quotes doubled, then percent-encoded.</summary>
    public static string UrlLiteral(string key) => Uri.EscapeDataString(key.Replace("'", "''", StringComparison.Ordinal));

    public static void ValidateTableName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length is < 3 or > 63 || !char.IsAsciiLetter(name[0]) || !name.All(char.IsAsciiLetterOrDigit))
        {
            throw new ArgumentException($"'{name}' is not a valid table name: 3-63 letters and digits, starting with a letter.", nameof(name));
        }
    }
}
