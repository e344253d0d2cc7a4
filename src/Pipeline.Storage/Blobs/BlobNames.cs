namespace Pipeline.Storage.Blobs;

/// <summary>Validates names and metadata before a request is sent, so mistakes surface as clear errors instead of 400s.</summary>
public static class BlobNames
{
    /// <summary>The service's limit on all metadata names and values together.</summary>
    public const int MaxMetadataBytes = 8 * 1024;

    public static void ValidateContainer(string name) => ResourceNames.ValidateDnsStyle(name, "container");

    /// <summary>
    /// 1-1024 characters, no control characters, not ending in '/' or '.', and no '.' or '..' segment: the URL
    /// layer would collapse those (a/../b becomes b) and the request would touch another blob.
    /// </summary>
    public static void ValidateBlob(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var valid = name.Length is > 0 and <= 1024
            && !name.EndsWith('/') && !name.EndsWith('.') && !name.EndsWith('\\')
            && !name.Any(char.IsControl)
            && name.Split('/').All(segment => segment is not ("." or ".."))
            && ResourceNames.IsWellFormedUtf16(name);
        if (!valid)
        {
            throw new ArgumentException("A blob name must be 1-1024 characters, without control characters or '.'/'..' segments, and not end in '/', '\\' or '.'.", nameof(name));
        }
    }

    public static void ValidateMetadata(IReadOnlyDictionary<string, string>? metadata)
    {
        if (metadata is null)
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var bytes = 0;
        foreach (var (key, value) in metadata)
        {
            if (key.Length == 0 || !(char.IsAsciiLetter(key[0]) || key[0] == '_') || !key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                throw new ArgumentException($"Metadata name '{key}' must be a C# identifier.", nameof(metadata));
            }

            if (!seen.Add(key))
            {
                throw new ArgumentException($"Metadata name '{key}' appears twice; names are case-insensitive.", nameof(metadata));
            }

            ArgumentNullException.ThrowIfNull(value, nameof(metadata));
            if (value.Any(c => c is > '~' or < ' '))
            {
                throw new ArgumentException($"Metadata '{key}' must be printable ASCII; encode other text before storing it.", nameof(metadata));
            }

            bytes += key.Length + value.Length;
        }

        if (bytes > MaxMetadataBytes)
        {
            throw new ArgumentException($"Metadata totals {bytes} bytes; a blob holds at most {MaxMetadataBytes}.", nameof(metadata));
        }
    }

    /// <summary>Percent-encodes each path segment but keeps the slashes.</summary>
    public static string Escape(string blobName) => string.Join('/', blobName.Split('/').Select(Uri.EscapeDataString));
}
