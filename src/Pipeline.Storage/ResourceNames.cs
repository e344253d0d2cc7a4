namespace Pipeline.Storage;

/// <summary>Naming rules shared by the services. Containers and queues: 3-63 lower-case letters, digits and single inner dashes.</summary>
internal static class ResourceNames
{
    public static void ValidateDnsStyle(string name, string kind)
    {
        ArgumentNullException.ThrowIfNull(name);
        var valid = name.Length is >= 3 and <= 63
            && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
            && char.IsAsciiLetterOrDigit(name[0]) && char.IsAsciiLetterOrDigit(name[^1])
            && !name.Contains("--", StringComparison.Ordinal);
        if (!valid)
        {
            throw new ArgumentException($"'{name}' is not a valid {kind} name: 3-63 lower-case letters, digits and single dashes.", nameof(name));
        }
    }

    /// <summary>False for text with a lone surrogate: it cannot be percent-encoded or sent as UTF-8 JSON.</summary>
    public static bool IsWellFormedUtf16(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
