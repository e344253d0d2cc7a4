using Azure.Core;
using Microsoft.Extensions.Logging;
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
        HttpMessageHandler? transport = null,
        ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(options);
        var tokens = credential is null ? null : new BearerTokenCache(credential, clock, options.TokenRefreshMargin);
        var auth = new StorageAuthenticationHandler(connection, service, tokens, clock)
        {
            InnerHandler = transport ?? new SocketsHttpHandler
            {
                // Recycle connections so DNS changes (failover, private endpoints) are picked up.
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
                AutomaticDecompression = System.Net.DecompressionMethods.None,
            },
        };
        var resilience = new ResilienceHandler(StorageResilience.Build(options, clock, logger, service)) { InnerHandler = auth };
        var client = new HttpClient(resilience) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.TryAddWithoutValidation("x-ms-version", StorageOptions.ApiVersion);
        client.DefaultRequestHeaders.UserAgent.ParseAdd("Pipeline-Storage/1.0");
        return client;
    }
}
