using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Pipeline.Host.CustomHandler;

/// <summary>
/// Decodes the host's value conventions: strings arrive JSON-encoded twice, numbers such as DequeueCount arrive as
/// strings, and triggers with <c>dataType: binary</c> arrive as base64.
/// </summary>
public static class PayloadValues
{
    public static string? Text(IReadOnlyDictionary<string, JsonElement>? values, string name)
    {
        var element = Find(values, name);
        if (element is not { ValueKind: JsonValueKind.String } e)
        {
            return element?.ValueKind is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False ? element.Value.GetRawText() : null;
        }

        var text = e.GetString()!;
        return text.Length >= 2 && text[0] == '"' && text[^1] == '"' ? JsonSerializer.Deserialize<string>(text) : text;
    }

    public static long? Number(IReadOnlyDictionary<string, JsonElement>? values, string name) =>
        long.TryParse(Text(values, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>Binary trigger data is base64; without <c>dataType</c> it is the text, double-encoded.</summary>
    public static byte[] Bytes(IReadOnlyDictionary<string, JsonElement>? values, string name)
    {
        var element = Find(values, name) ?? throw new InvalidPayloadException($"The payload has no Data.{name}.");
        if (element.ValueKind != JsonValueKind.String)
        {
            return Encoding.UTF8.GetBytes(element.GetRawText());
        }

        var raw = element.GetString()!;
        if (raw.StartsWith('"'))
        {
            return Encoding.UTF8.GetBytes(Text(values, name)!);
        }

        var buffer = new byte[raw.Length];
        return Convert.TryFromBase64String(raw, buffer, out var written) ? buffer[..written] : Encoding.UTF8.GetBytes(raw);
    }

    public static IReadOnlyDictionary<string, string> StringMap(IReadOnlyDictionary<string, JsonElement>? values, string name)
    {
        var element = Find(values, name);
        if (element is not { ValueKind: JsonValueKind.Object } map)
        {
            return new Dictionary<string, string>();
        }

        return map.EnumerateObject()
            .Where(p => p.Value.ValueKind == JsonValueKind.String)
            .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.OrdinalIgnoreCase);
    }

    public static JsonElement? Find(IReadOnlyDictionary<string, JsonElement>? values, string name) =>
        values?.FirstOrDefault(kv => kv.Key.Equals(name, StringComparison.OrdinalIgnoreCase)) is { Key: not null } found ? found.Value : null;
}
