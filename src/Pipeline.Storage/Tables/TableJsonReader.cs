using System.Globalization;
using System.Text.Json;

namespace Pipeline.Storage.Tables;

/// <summary>Reads entities from the service's JSON, using the OData annotations to restore each property's type.</summary>
internal static class TableJsonReader
{
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

    private static object? Read(JsonElement value, string? type) => (type, value.ValueKind) switch
    {
        (_, JsonValueKind.Null) => null,
        ("Edm.Int64", JsonValueKind.Number) => value.GetInt64(),
        ("Edm.Int64", _) => long.Parse(value.GetString()!, CultureInfo.InvariantCulture),
        ("Edm.Int32", JsonValueKind.Number) => value.GetInt32(),
        ("Edm.Int32", _) => int.Parse(value.GetString()!, CultureInfo.InvariantCulture),
        ("Edm.DateTime", _) => DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
        ("Edm.Guid", _) => Guid.Parse(value.GetString()!),
        ("Edm.Binary", _) => Convert.FromBase64String(value.GetString()!),
        ("Edm.Double", JsonValueKind.String) => ParseDouble(value.GetString()!),
        ("Edm.Double", _) => value.GetDouble(),
        ("Edm.Boolean", JsonValueKind.String) => bool.Parse(value.GetString()!),
        ("Edm.String", _) => value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText(),
        (_, JsonValueKind.True or JsonValueKind.False) => value.GetBoolean(),
        (_, JsonValueKind.Number) when value.TryGetInt32(out var i) => i,
        (_, JsonValueKind.Number) => value.GetDouble(),
        _ => value.GetString(),
    };

    /// <summary>The spellings in use: .NET and the JS SDK write "Infinity", OData's grammar says "INF".</summary>
    private static double ParseDouble(string text) => text switch
    {
        "NaN" => double.NaN,
        "INF" or "Infinity" => double.PositiveInfinity,
        "-INF" or "-Infinity" => double.NegativeInfinity,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };
}
