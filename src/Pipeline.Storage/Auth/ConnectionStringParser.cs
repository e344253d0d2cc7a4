namespace Pipeline.Storage.Auth;

/// <summary>
/// Parses every documented connection-string form: development storage (with an optional proxy), an explicit account
/// with endpoints, <c>EndpointSuffix</c> with <c>DefaultEndpointsProtocol</c>, and SAS (with or without an account
/// name). Errors name the bad part, never its value, so a key cannot end up in a log.
/// </summary>
public static class ConnectionStringParser
{
    private const string DefaultSuffix = "core.windows.net";

    public static StorageConnection Parse(string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new FormatException("The storage connection string is empty.");
        }

        var parts = new ConnectionStringParts(connectionString);
        if (parts.IsTrue("UseDevelopmentStorage"))
        {
            return Development(parts);
        }

        var key = parts["AccountKey"] is { } k ? DecodeKey(k) : null;
        var sas = parts["SharedAccessSignature"] is { } s ? ValidateSas(s) : null;
        var protocol = Protocol(parts);
        var suffix = Suffix(parts);
        var blob = Explicit(parts, "BlobEndpoint");
        var queue = Explicit(parts, "QueueEndpoint");
        var table = Explicit(parts, "TableEndpoint");
        var account = parts["AccountName"] ?? AccountFromEndpoint(blob ?? queue ?? table)
            ?? throw new FormatException("The storage connection string has no 'AccountName' and no endpoint to take it from.");
        if (key is not null && parts["AccountName"] is null)
        {
            throw new FormatException("The storage connection string has an 'AccountKey' but no 'AccountName'.");
        }

        return new StorageConnection(
            account,
            blob ?? Derived(protocol, account, "blob", suffix, queue ?? table),
            queue ?? Derived(protocol, account, "queue", suffix, blob ?? table),
            table ?? Derived(protocol, account, "table", suffix, blob ?? queue))
        {
            AccountKey = key,
            SasToken = key is null ? sas : null,
        };
    }

    private static StorageConnection Development(ConnectionStringParts parts)
    {
        if (parts["DevelopmentStorageProxyUri"] is not { } proxy)
        {
            return StorageConnection.Development();
        }

        return Uri.TryCreate(proxy, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? StorageConnection.Development(uri.Host)
            : throw new FormatException("The connection string's 'DevelopmentStorageProxyUri' is not an absolute http(s) URL.");
    }

    private static string Protocol(ConnectionStringParts parts) => parts["DefaultEndpointsProtocol"]?.ToLowerInvariant() switch
    {
        null or "https" => "https",
        "http" => "http",
        _ => throw new FormatException("The connection string's 'DefaultEndpointsProtocol' must be 'http' or 'https'."),
    };

    private static string Suffix(ConnectionStringParts parts)
    {
        var suffix = parts["EndpointSuffix"]?.Trim('.') ?? DefaultSuffix;
        return Uri.CheckHostName(suffix) == UriHostNameType.Dns
            ? suffix
            : throw new FormatException("The connection string's 'EndpointSuffix' is not a DNS name.");
    }

    private static Uri? Explicit(ConnectionStringParts parts, string name)
    {
        if (parts[name] is not { } raw)
        {
            return null;
        }

        return Uri.TryCreate(raw.TrimEnd('/'), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Query.Length == 0
            ? uri
            : throw new FormatException($"The connection string's '{name}' is not an absolute http(s) URL without a query.");
    }

    /// <summary>A missing endpoint follows the account's pattern; host-style siblings keep their suffix.</summary>
    private static Uri Derived(string protocol, string account, string service, string suffix, Uri? sibling)
    {
        var labels = sibling?.Host.Split('.');
        if (labels is { Length: > 2 } && labels[0].Equals(account, StringComparison.OrdinalIgnoreCase))
        {
            return new Uri($"{sibling!.Scheme}://{account}.{service}.{string.Join('.', labels[2..])}");
        }

        return new Uri($"{protocol}://{account}.{service}.{suffix}");
    }

    /// <summary>Host-style <c>https://acct.blob.core.windows.net</c>, or path-style <c>http://127.0.0.1:10000/acct</c>.</summary>
    internal static string? AccountFromEndpoint(Uri? endpoint)
    {
        if (endpoint is null)
        {
            return null;
        }

        var pathStyle = endpoint.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6 || endpoint.IsLoopback;
        var candidate = pathStyle ? endpoint.AbsolutePath.Trim('/').Split('/')[0] : endpoint.Host.Split('.')[0];
        return candidate.Length > 0 ? candidate : null;
    }

    private static string ValidateSas(string sas)
    {
        sas = sas.TrimStart('?');
        return sas.Contains("sig=", StringComparison.Ordinal)
            ? sas
            : throw new FormatException("The connection string's 'SharedAccessSignature' has no 'sig' parameter.");
    }

    private static byte[] DecodeKey(string key)
    {
        var buffer = new byte[key.Length];
        return Convert.TryFromBase64String(key, buffer, out var written) && written > 0
            ? buffer[..written]
            : throw new FormatException("The connection string's 'AccountKey' is not valid base64.");
    }
}
