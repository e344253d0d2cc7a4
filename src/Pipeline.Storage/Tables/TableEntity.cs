namespace Pipeline.Storage.Tables;

/// <summary>
/// A table row: keys, ETag and typed properties. Supported property types are string, bool, int, long, double,
/// DateTimeOffset (or a UTC DateTime), Guid and byte[]; each is written with the OData annotation that keeps its type.
/// Edm.DateTime values are read back as DateTimeOffset.
/// </summary>
public sealed class TableEntity
{
    public TableEntity(string partitionKey, string rowKey)
    {
        TableKeys.Validate(partitionKey, nameof(partitionKey));
        TableKeys.Validate(rowKey, nameof(rowKey));
        PartitionKey = partitionKey;
        RowKey = rowKey;
    }

    public string PartitionKey { get; }

    public string RowKey { get; }

    public string? ETag { get; init; }

    public DateTimeOffset? Timestamp { get; init; }

    public Dictionary<string, object?> Properties { get; } = new(StringComparer.Ordinal);

    public object? this[string name]
    {
        get => Properties.GetValueOrDefault(name);
        set => Properties[name] = value;
    }

    public string? GetString(string name) => this[name] as string;

    public long? GetInt64(string name) => this[name] switch
    {
        long l => l,
        int i => i,
        double d => (long)d,
        _ => null,
    };

    public double? GetDouble(string name) => this[name] switch
    {
        double d => d,
        long l => l,
        int i => i,
        _ => null,
    };

    public bool? GetBoolean(string name) => this[name] as bool?;

    public DateTimeOffset? GetDateTime(string name) => this[name] switch
    {
        DateTimeOffset d => d,
        DateTime { Kind: DateTimeKind.Utc } d => new DateTimeOffset(d),
        _ => null,
    };

    public Guid? GetGuid(string name) => this[name] as Guid?;

    public byte[]? GetBinary(string name) => this[name] as byte[];
}
