using System.Net;

namespace Pipeline.Host.Api;

/// <summary>Whether the app listens beyond loopback, decided once from its URLs: then the API requires a key.</summary>
public sealed record ApiExposure(bool BeyondLoopback)
{
    public static ApiExposure FromUrls(string? urls)
    {
        var beyond = (urls ?? string.Empty)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(url => url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal))
            .Any(url => !Uri.TryCreate(url, UriKind.Absolute, out var uri) || !IsLoopback(uri.Host));
        return new ApiExposure(beyond);
    }

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip);
}
