using System.Globalization;
using System.Net;

namespace Pipeline.Storage.Http;

/// <summary>The statuses worth retrying: the same set Azure.Core retries. 409 and 412 are answers, never retried.</summary>
public static class TransientFailures
{
    public static bool IsTransient(HttpStatusCode status) => (int)status is 408 or 429 or 500 or 502 or 503 or 504;

    /// <summary>The server's requested delay: <c>x-ms-retry-after-ms</c>, then <c>Retry-After</c> (seconds or a date).</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Headers.TryGetValues("x-ms-retry-after-ms", out var ms)
            && double.TryParse(ms.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var millis) && millis >= 0)
        {
            return TimeSpan.FromMilliseconds(millis);
        }

        return response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - (clock ?? TimeProvider.System).GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
            _ => null,
        };
    }
}
