using Azure.Core;
using Pipeline.Storage.Auth;

namespace Pipeline.Storage.Http;

/// <summary>Builds the HttpClient for one service: resilience outside, authentication inside, sockets at the bottom.</summary>
public static class StorageHttp
{
    public static HttpClient CreateClient(
        StorageConnection connection,
        StorageService service,
        StorageOptions options,
        TimeProvider clock,
        TokenCredential? credential = null,
        HttpMessageHandler? transport = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var auth = new StorageAuthenticationHandler(connection, service, credential, clock)
        {
            InnerHandler = transport ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) },
        };
        var resilience = new ResilienceHandler(StorageResilience.Build(options, clock)) { InnerHandler = auth };
        var client = new HttpClient(resilience) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.TryAddWithoutValidation("x-ms-version", StorageOptions.ApiVersion);
        client.DefaultRequestHeaders.UserAgent.ParseAdd("Pipeline-Storage/1.0");
        return client;
    }
}
