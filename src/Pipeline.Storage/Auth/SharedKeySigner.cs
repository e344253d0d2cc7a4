using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Pipeline.Storage.Auth;

/// <summary>Builds SharedKey signatures. Blob and Queue sign headers and query; Table signs a much shorter string.</summary>
public static class SharedKeySigner
{
    public static string StringToSign(HttpRequestMessage request, string accountName, StorageService service)
    {
        ArgumentNullException.ThrowIfNull(request);
        return service == StorageService.Table
            ? TableStringToSign(request, accountName)
            : BlobQueueStringToSign(request, accountName);
    }

    public static string Sign(string stringToSign, byte[] key)
    {
        using var hmac = new HMACSHA256(key);
        return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(stringToSign)));
    }

    private static string BlobQueueStringToSign(HttpRequestMessage request, string accountName)
    {
        var content = request.Content?.Headers;
        var length = content?.ContentLength is > 0 ? content.ContentLength.Value.ToString(CultureInfo.InvariantCulture) : string.Empty;
        var builder = new StringBuilder()
            .Append(request.Method.Method).Append('\n')
            .Append(Join(content?.ContentEncoding)).Append('\n')
            .Append(Join(content?.ContentLanguage)).Append('\n')
            .Append(length).Append('\n')
            .Append(content?.ContentMD5 is { } md5 ? Convert.ToBase64String(md5) : string.Empty).Append('\n')
            .Append(content?.ContentType?.ToString() ?? string.Empty).Append('\n')
            .Append('\n') // Date: we always send x-ms-date instead.
            .Append(Header(request, "If-Modified-Since")).Append('\n')
            .Append(Header(request, "If-Match")).Append('\n')
            .Append(Header(request, "If-None-Match")).Append('\n')
            .Append(Header(request, "If-Unmodified-Since")).Append('\n')
            .Append(Header(request, "Range")).Append('\n');
        AppendCanonicalHeaders(builder, request);
        builder.Append('/').Append(accountName).Append(request.RequestUri!.AbsolutePath);
        foreach (var (name, value) in CanonicalQuery(request.RequestUri))
        {
            builder.Append('\n').Append(name).Append(':').Append(value);
        }

        return builder.ToString();
    }

    private static string TableStringToSign(HttpRequestMessage request, string accountName)
    {
        var content = request.Content?.Headers;
        var resource = $"/{accountName}{request.RequestUri!.AbsolutePath}";
        var comp = CanonicalQuery(request.RequestUri).FirstOrDefault(q => q.Name == "comp");
        if (comp.Name is not null)
        {
            resource += "?comp=" + comp.Value;
        }

        return string.Join('\n', request.Method.Method, content?.ContentMD5 is { } md5 ? Convert.ToBase64String(md5) : string.Empty,
            content?.ContentType?.ToString() ?? string.Empty, Header(request, "x-ms-date"), resource);
    }

    private static void AppendCanonicalHeaders(StringBuilder builder, HttpRequestMessage request)
    {
        var headers = request.Headers
            .Where(h => h.Key.StartsWith("x-ms-", StringComparison.OrdinalIgnoreCase))
            .Select(h => (Name: h.Key.ToLowerInvariant(), Value: string.Join(',', h.Value).TrimStart()))
            .OrderBy(h => h.Name, SharedKeyHeaderOrder.Instance);
        foreach (var (name, value) in headers)
        {
            builder.Append(name).Append(':').Append(value).Append('\n');
        }
    }

    private static IEnumerable<(string Name, string Value)> CanonicalQuery(Uri uri) =>
        uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Select(kv => (Name: Uri.UnescapeDataString(kv[0]).ToLowerInvariant(), Value: kv.Length > 1 ? Uri.UnescapeDataString(kv[1]) : string.Empty))
            .GroupBy(kv => kv.Name, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, string.Join(',', g.Select(kv => kv.Value).Order(StringComparer.Ordinal))));

    private static string Header(HttpRequestMessage request, string name) =>
        request.Headers.TryGetValues(name, out var values) ? string.Join(',', values) : string.Empty;

    private static string Join(ICollection<string>? values) => values is null ? string.Empty : string.Join(',', values);
}
