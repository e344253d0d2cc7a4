using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pipeline.Storage.Tables;

/// <summary>Entity JSON with OData type annotations, so Int64, DateTime, Guid and binary round-trip with their types.</summary>
internal static class TableJson
{
    public const int MaxProperties = 252;
    public const int MaxStringChars = 32 * 1024;
    public const int MaxEntityBytes = 1024 * 1024;

    public static string Serialize(TableEntity entity)
    {
        if (entity.Properties.Count > MaxProperties)
        {
            throw new ArgumentException($"An entity holds at most {MaxProperties} properties; this one has {entity.Properties.Count}.", nameof(entity));
        }

        var json = new JsonObject { ["PartitionKey"] = entity.PartitionKey, ["RowKey"] = entity.RowKey };
        foreach (var (name, value) in entity.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Write(json, name, value);
        }

        var text = json.ToJsonString();
        return text.Length <= MaxEntityBytes / 2
            ? text
            : throw new ArgumentException($"The entity is larger than the 1 MiB limit ({text.Length} characters of JSON).", nameof(entity));
    }

    public static TableEntity Deserialize(JsonElement element, string? etag = null)
    {
        var entity = new TableEntity(element.GetProperty("PartitionKey").GetString()!, element.GetProperty("RowKey").GetString()!)
        {
            ETag = etag ?? (element.TryGetProperty("odata.etag", out var e) ? e.GetString() : null),
            Timestamp = element.TryGetProperty("Timestamp", out var ts) && ts.ValueKind == JsonValueKind.String ? ts.GetDateTimeOffset() : null,
        };
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name is "PartitionKey" or "RowKey" or "Timestamp" || property.Name.Contains('@', StringComparison.Ordinal) || property.Name.StartsWith("odata.", StringComparison.Ordinal))
            {
                continue;
            }

            var type = element.TryGetProperty(property.Name + "@odata.type", out var t) ? t.GetString() : null;
            entity[property.Name] = Read(property.Value, type);
        }

        return entity;
    }

    private static void Write(JsonObject json, string name, object? value)
    {
        switch (value)
        {
            case null:
                break;
            case string s when s.Length > MaxStringChars:
                throw new ArgumentException($"Property '{name}' has {s.Length} characters; a table string holds at most {MaxStringChars}.", nameof(value));
            case string s:
                json[name] = s;
                break;
            case bool b:
                json[name] = b;
                break;
            case int i:
                json[name] = i;
                break;
            case long l:
                Annotated(json, name, "Edm.Int64", l.ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                WriteDouble(json, name, d);
                break;
            case DateTimeOffset dto:
                Annotated(json, name, "Edm.DateTime", dto.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture));
                break;
            case Guid g:
                Annotated(json, name, "Edm.Guid", g.ToString());
                break;
            case byte[] bytes when bytes.Length > 64 * 1024:
                throw new ArgumentException($"Property '{name}' has {bytes.Length} bytes; a table binary holds at most 65536.", nameof(value));
            case byte[] bytes:
                Annotated(json, name, "Edm.Binary", Convert.ToBase64String(bytes));
                break;
            default:
                throw new ArgumentException($"Property '{name}' has unsupported type {value.GetType().Name}.", nameof(value));
        }
    }

    /// <summary>Whole doubles would read back as Int32 and NaN/Infinity are not JSON numbers, so both carry the annotation.</summary>
    private static void WriteDouble(JsonObject json, string name, double d)
    {
        if (double.IsNaN(d) || double.IsInfinity(d))
        {
            Annotated(json, name, "Edm.Double", double.IsNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
        }
        else
        {
            json[name + "@odata.type"] = "Edm.Double";
            json[name] = d;
        }
    }

    private static void Annotated(JsonObject json, string name, string type, string value)
    {
        json[name + "@odata.type"] = type;
        json[name] = value;
    }

    private static object? Read(JsonElement value, string? type) => (type, value.ValueKind) switch
    {
        (_, JsonValueKind.Null) => null,
        ("Edm.Int64", _) => long.Parse(value.GetString()!, CultureInfo.InvariantCulture),
        ("Edm.DateTime", _) => DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
        ("Edm.Guid", _) => Guid.Parse(value.GetString()!),
        ("Edm.Binary", _) => Convert.FromBase64String(value.GetString()!),
        ("Edm.Double", JsonValueKind.String) => double.Parse(value.GetString()!, CultureInfo.InvariantCulture),
        ("Edm.Double", _) => value.GetDouble(),
        (_, JsonValueKind.True or JsonValueKind.False) => value.GetBoolean(),
        (_, JsonValueKind.Number) when value.TryGetInt32(out var i) => i,
        (_, JsonValueKind.Number) => value.GetDouble(),
        _ => value.GetString(),
    };
}
