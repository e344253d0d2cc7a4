using Pipeline.Storage.Auth;

namespace Pipeline.Storage.Http;

/// <summary>What every service client shares: sending, mapping failures to one exception, expected statuses as values.</summary>
public abstract class StorageClientBase
{
    private readonly HttpClient? _http;

    protected StorageClientBase(HttpClient http, StorageConnection connection, StorageService service)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _http = http;
        Endpoint = connection.EndpointFor(service);
    }

    /// <summary>For mocking.</summary>
    protected StorageClientBase() => Endpoint = new Uri("http://127.0.0.1/");

    protected Uri Endpoint { get; }

    protected Uri Url(string relative) => new($"{Endpoint.AbsoluteUri.TrimEnd('/')}/{relative}");

    /// <summary>Sends and returns the response if its status is success or one of <paramref name="expected"/>; throws otherwise.</summary>
    protected async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string operation, CancellationToken cancellationToken, params int[] expected)
    {
        ArgumentNullException.ThrowIfNull(request);
        HttpResponseMessage response;
        try
        {
            response = await _http!.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw StorageResilience.ToStorageException(e, operation);
        }

        if (response.IsSuccessStatusCode || expected.Contains((int)response.StatusCode))
        {
            return response;
        }

        using (response)
        {
            throw await StorageErrors.ReadAsync(response, operation, cancellationToken).ConfigureAwait(false);
        }
    }

    protected static string? ETagOf(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Headers.ETag?.ToString() ?? (response.Headers.TryGetValues("ETag", out var v) ? v.FirstOrDefault() : null);
    }
}
