using System.Globalization;
using System.Text.Json;

namespace Pipeline.Storage.Tables;

/// <summary>
/// Entity JSON with OData type annotations, so Int64, DateTime, Guid, binary and double round-trip with their types.
/// Written with a Utf8JsonWriter straight from the entity: no intermediate DOM.
/// </summary>
internal static class TableJson
{
    private const string DateFormat = "yyyy-MM-ddTHH:mm:ss.fffffffZ";

    /// <summary>Azure rejects Edm.DateTime values before 1601-01-01.</summary>
    private static readonly DateTimeOffset MinDate = new(1601, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Serialize(TableEntity entity)
    {
        TableEntityLimits.Validate(entity);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, entity);
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static void Write(Utf8JsonWriter writer, TableEntity entity)
    {
        writer.WriteStartObject();
        writer.WriteString("PartitionKey", entity.PartitionKey);
        writer.WriteString("RowKey", entity.RowKey);
        foreach (var (name, value) in entity.Properties)
        {
            WriteProperty(writer, name, value);
        }

        writer.WriteEndObject();
    }

    public static string FormatDate(DateTimeOffset value) => value.UtcDateTime.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static void WriteProperty(Utf8JsonWriter writer, string name, object? value)
    {
        switch (value)
        {
            case null:
                break;
            case string s:
                writer.WriteString(name, s);
                break;
            case bool b:
                writer.WriteBoolean(name, b);
                break;
            case int i:
                writer.WriteNumber(name, i);
                break;
            case long l:
                Annotated(writer, name, "Edm.Int64", l.ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                WriteDouble(writer, name, d);
                break;
            case DateTimeOffset dto:
                Annotated(writer, name, "Edm.DateTime", FormatDate(Checked(name, dto)));
                break;
            case DateTime dt:
                Annotated(writer, name, "Edm.DateTime", FormatDate(Checked(name, ToOffset(name, dt))));
                break;
            case Guid g:
                Annotated(writer, name, "Edm.Guid", g.ToString("D"));
                break;
            case byte[] bytes:
                Annotated(writer, name, "Edm.Binary", Convert.ToBase64String(bytes));
                break;
            default:
                throw new ArgumentException($"Property '{name}' has unsupported type {value.GetType().Name}; use string, bool, int, long, double, DateTimeOffset, DateTime (UTC), Guid or byte[].", nameof(value));
        }
    }

    /// <summary>
    /// Every double carries its annotation: a whole double (2.0) is written as "2", which would otherwise be stored
    /// as Int32; NaN and the infinities are not JSON numbers, so they travel as annotated strings.
    /// </summary>
    private static void WriteDouble(Utf8JsonWriter writer, string name, double d)
    {
        writer.WriteString(name + "@odata.type", "Edm.Double");
        if (double.IsFinite(d))
        {
            writer.WriteNumber(name, d);
        }
        else
        {
            writer.WriteString(name, double.IsNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
        }
    }

    private static void Annotated(Utf8JsonWriter writer, string name, string type, string value)
    {
        writer.WriteString(name + "@odata.type", type);
        writer.WriteString(name, value);
    }

    private static DateTimeOffset ToOffset(string name, DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => new DateTimeOffset(value),
        DateTimeKind.Local => new DateTimeOffset(value.ToUniversalTime()),
        _ => throw new ArgumentException($"Property '{name}' is a DateTime of unspecified kind; say whether it is UTC (or use DateTimeOffset).", nameof(value)),
    };

    private static DateTimeOffset Checked(string name, DateTimeOffset value) => value >= MinDate
        ? value
        : throw new ArgumentException($"Property '{name}' is before 1601-01-01, the earliest date the table service stores.", nameof(value));
}
