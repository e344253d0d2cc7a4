namespace Pipeline.Storage.Auth;

/// <summary>
/// The <c>name=value</c> parts of a connection string. Error messages name a part by its setting name or position,
/// never by its value, and never echo a name that could be a pasted key.
/// </summary>
internal sealed class ConnectionStringParts
{
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "UseDevelopmentStorage", "DevelopmentStorageProxyUri", "DefaultEndpointsProtocol", "AccountName", "AccountKey",
        "EndpointSuffix", "BlobEndpoint", "QueueEndpoint", "TableEndpoint", "FileEndpoint", "SharedAccessSignature",
        "BlobSecondaryEndpoint", "QueueSecondaryEndpoint", "TableSecondaryEndpoint", "FileSecondaryEndpoint",
    };

    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    public ConnectionStringParts(string connectionString)
    {
        var segments = connectionString.Split(';', StringSplitOptions.TrimEntries);
        for (var i = 0; i < segments.Length; i++)
        {
            if (segments[i].Length == 0)
            {
                continue;
            }

            var equals = segments[i].IndexOf('=', StringComparison.Ordinal);
            var name = equals > 0 ? segments[i][..equals].Trim() : string.Empty;
            if (name.Length == 0)
            {
                throw new FormatException($"Part {i + 1} of the storage connection string is not 'Name=value'.");
            }

            if (!Known.Contains(name))
            {
                throw new FormatException($"Part {i + 1} of the storage connection string has an unknown setting name{Printable(name)}.");
            }

            if (!_values.TryAdd(name, segments[i][(equals + 1)..].Trim()))
            {
                throw new FormatException($"The storage connection string sets '{name}' twice.");
            }
        }
    }

    public string? this[string name] => _values.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    public bool IsTrue(string name) => string.Equals(this[name], "true", StringComparison.OrdinalIgnoreCase);

    public string Required(string name) =>
        this[name] ?? throw new FormatException($"The storage connection string has no '{name}'.");

    /// <summary>Names of settings are safe to print; a long or odd token may be key material pasted without its name.</summary>
    private static string Printable(string name) =>
        name.Length <= 40 && name.All(char.IsAsciiLetter) ? $" '{name}'" : string.Empty;
}
