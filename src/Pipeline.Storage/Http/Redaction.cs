using System.Text.RegularExpressions;

namespace Pipeline.Storage.Http;

/// <summary>
/// Scrubs secrets from text that may reach an exception message or a log: SAS signatures and account keys. It is a
/// second line of defence; the first is that requests are logged without their query and keys are never formatted.
/// </summary>
internal static partial class Redaction
{
    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Contains("sig=", StringComparison.OrdinalIgnoreCase) || text.Contains("AccountKey", StringComparison.OrdinalIgnoreCase)
            ? Secret().Replace(text, m => m.Groups["name"].Value + "REDACTED")
            : text;
    }

    [GeneratedRegex(@"(?<name>(?:sig|AccountKey)\s*=\s*)[^&;\s'""<]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Secret();
}
