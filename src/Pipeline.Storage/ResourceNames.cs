namespace Pipeline.Storage;

/// <summary>Containers and queues share one naming rule: 3-63 lower-case letters, digits and single inner dashes.</summary>
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
}
