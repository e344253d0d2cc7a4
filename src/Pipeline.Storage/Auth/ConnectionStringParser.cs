namespace Pipeline.Storage.Auth;

/// <summary>
/// Parses every documented connection-string form: development storage, an explicit account with endpoints,
/// <c>EndpointSuffix</c> with <c>DefaultEndpointsProtocol</c>, and SAS. Errors name the bad part, never its value.
/// </summary>
public static class ConnectionStringParser
{
    public static StorageConnection Parse(string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new FormatException("The storage connection string is empty.");
        }

        var parts = Split(connectionString);
        if (parts.TryGetValue("UseDevelopmentStorage", out var dev) && dev.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return Development(parts);
        }

        var account = Required(parts, "AccountName");
        var protocol = parts.GetValueOrDefault("DefaultEndpointsProtocol", "https");
        var suffix = parts.GetValueOrDefault("EndpointSuffix", "core.windows.net");
        return new StorageConnection(
            account,
            Endpoint(parts, "BlobEndpoint", protocol, account, "blob", suffix),
            Endpoint(parts, "QueueEndpoint", protocol, account, "queue", suffix),
            Endpoint(parts, "TableEndpoint", protocol, account, "table", suffix))
        {
            AccountKey = parts.TryGetValue("AccountKey", out var key) ? DecodeKey(key) : null,
            SasToken = parts.TryGetValue("SharedAccessSignature", out var sas) ? sas.TrimStart('?') : null,
        };
    }

    private static StorageConnection Development(Dictionary<string, string> parts)
    {
        var proxy = parts.TryGetValue("DevelopmentStorageProxyUri", out var uri) ? new Uri(uri) : null;
        return proxy is null ? StorageConnection.Development() : StorageConnection.Development(proxy.Host);
    }

    private static Dictionary<string, string> Split(string connectionString)
    {
        var parts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var segment in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = segment.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new FormatException($"A connection-string part has no '=': '{SafePrefix(segment)}'.");
            }

            parts[segment[..equals].Trim()] = segment[(equals + 1)..].Trim();
        }

        return parts;
    }

    private static string SafePrefix(string segment) => segment.Length <= 12 ? segment : segment[..12] + "…";

    private static string Required(Dictionary<string, string> parts, string name) =>
        parts.TryGetValue(name, out var value) && value.Length > 0
            ? value
            : throw new FormatException($"The storage connection string has no '{name}'.");

    private static Uri Endpoint(Dictionary<string, string> parts, string name, string protocol, string account, string service, string suffix)
    {
        var raw = parts.TryGetValue(name, out var explicitEndpoint) ? explicitEndpoint : $"{protocol}://{account}.{service}.{suffix}";
        return Uri.TryCreate(raw.TrimEnd('/'), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new FormatException($"The connection string's '{name}' is not an absolute http(s) URL.");
    }

    private static byte[] DecodeKey(string key)
    {
        try
        {
            return Convert.FromBase64String(key);
        }
        catch (FormatException)
        {
            throw new FormatException("The connection string's 'AccountKey' is not valid base64.");
        }
    }
}
