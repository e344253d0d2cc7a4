using System.Net;

namespace Pipeline.Integration.Tests.Storage.Fakes;

/// <summary>
/// A fault-injecting transport: answers each attempt from a script and records what was sent (headers are copied at
/// send time, because a retry re-sends and re-signs the same request object).
/// </summary>
public sealed class ScriptedHandler(Func<int, HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> script) : HttpMessageHandler
{
    private int _attempts;

    public ScriptedHandler(params Func<HttpResponseMessage>[] responses)
        : this((attempt, _, _) => Task.FromResult(responses[Math.Min(attempt, responses.Length - 1)]()))
    {
    }

    public List<SentRequest> Sent { get; } = [];

    public int Attempts => Volatile.Read(ref _attempts);

    public static HttpResponseMessage Status(HttpStatusCode status, string? errorCode = null, string? retryAfter = null)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(string.Empty) };
        if (errorCode is not null)
        {
            response.Headers.TryAddWithoutValidation("x-ms-error-code", errorCode);
        }

        if (retryAfter is not null)
        {
            response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
        }

        response.Headers.TryAddWithoutValidation("x-ms-request-id", Guid.NewGuid().ToString());
        return response;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var attempt = Interlocked.Increment(ref _attempts) - 1;
        lock (Sent)
        {
            Sent.Add(new SentRequest(
                request.Method.Method,
                request.RequestUri!,
                request.Headers.ToDictionary(h => h.Key, h => string.Join(',', h.Value), StringComparer.OrdinalIgnoreCase)));
        }

        return script(attempt, request, cancellationToken);
    }
}

public sealed record SentRequest(string Method, Uri Uri, IReadOnlyDictionary<string, string> Headers)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
