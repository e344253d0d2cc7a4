namespace Pipeline.Storage.Tables;

/// <summary>
/// The service's entity limits, checked before sending so a violation is a clear error instead of a 400 (or, on
/// Azurite, which is laxer than Azure, no error at all): 1 MiB by the service's own size formula, 252 custom
/// properties (255 with PartitionKey, RowKey and Timestamp), 64 KiB per string or binary value.
/// </summary>
internal static class TableEntityLimits
{
    public const int MaxProperties = 252;
    public const int MaxStringChars = 32 * 1024;
    public const int MaxBinaryBytes = 64 * 1024;
    public const int MaxEntityBytes = 1024 * 1024;
    public const int MaxPropertyNameLength = 255;

    public static void Validate(TableEntity entity)
    {
        if (entity.Properties.Count > MaxProperties)
        {
            throw new ArgumentException($"An entity holds at most {MaxProperties} properties besides its keys; this one has {entity.Properties.Count}.", nameof(entity));
        }

        long size = 4 + ((entity.PartitionKey.Length + entity.RowKey.Length) * 2);
        foreach (var (name, value) in entity.Properties)
        {
            ValidateName(name);
            size += 8 + (name.Length * 2) + ValueSize(name, value);
        }

        if (size > MaxEntityBytes)
        {
            throw new ArgumentException($"The entity is {size} bytes by the service's size formula; the limit is {MaxEntityBytes} (1 MiB).", nameof(entity));
        }
    }

    /// <summary>Names are identifiers; the keys, Timestamp and OData's own names are reserved.</summary>
    public static void ValidateName(string name)
    {
        var valid = name.Length is > 0 and <= MaxPropertyNameLength
            && (char.IsLetter(name[0]) || name[0] == '_')
            && name.All(c => char.IsLetterOrDigit(c) || c == '_')
            && name is not ("PartitionKey" or "RowKey" or "Timestamp" or "ETag");
        if (!valid)
        {
            throw new ArgumentException($"'{name}' is not a valid property name: an identifier of at most {MaxPropertyNameLength} characters, not a key, Timestamp or ETag.", nameof(name));
        }
    }

    private static long ValueSize(string name, object? value) => value switch
    {
        null => 0,
        string s when s.Length > MaxStringChars =>
            throw new ArgumentException($"Property '{name}' has {s.Length} characters; a table string holds at most {MaxStringChars} (64 KiB).", nameof(value)),
        string s => 4 + (s.Length * 2L),
        byte[] b when b.Length > MaxBinaryBytes =>
            throw new ArgumentException($"Property '{name}' has {b.Length} bytes; a table binary holds at most {MaxBinaryBytes} (64 KiB).", nameof(value)),
        byte[] b => 4 + b.Length,
        bool => 1,
        int => 4,
        Guid => 16,
        _ => 8,
    };
}
