namespace Pipeline.Storage.Blobs;

/// <summary>Validates names before a request is sent, so mistakes surface as clear errors instead of 400s.</summary>
public static class BlobNames
{
    public static void ValidateContainer(string name) => ResourceNames.ValidateDnsStyle(name, "container");

    public static void ValidateBlob(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length is 0 or > 1024 || name.EndsWith('/') || name.EndsWith('.') || name.Any(char.IsControl))
        {
            throw new ArgumentException("A blob name must be 1-1024 characters, without control characters, and not end in '/' or '.'.", nameof(name));
        }
    }

    public static void ValidateMetadata(IReadOnlyDictionary<string, string>? metadata)
    {
        foreach (var (key, value) in metadata ?? new Dictionary<string, string>())
        {
            if (key.Length == 0 || !(char.IsAsciiLetter(key[0]) || key[0] == '_') || !key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                throw new ArgumentException($"Metadata name '{key}' must be a C# identifier.", nameof(metadata));
            }

            if (value.Any(c => c > 126 || char.IsControl(c)))
            {
                throw new ArgumentException($"Metadata '{key}' must be printable ASCII; encode other text before storing it.", nameof(metadata));
            }
        }
    }

    /// <summary>Percent-encodes each path segment but keeps the slashes.</summary>
    public static string Escape(string blobName) => string.Join('/', blobName.Split('/').Select(Uri.EscapeDataString));
}
