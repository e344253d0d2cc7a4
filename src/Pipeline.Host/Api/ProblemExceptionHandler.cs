using Microsoft.AspNetCore.Diagnostics;
using Pipeline.Storage;

namespace Pipeline.Host.Api;

/// <summary>
/// Unhandled exceptions become ProblemDetails with an honest status: a request the framework could not bind is the
/// caller's 400, storage being unreachable is a 503; anything else is a real 500 and is logged as such.
/// </summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var (status, title, detail) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, "Invalid request", bad.Message),
            StorageRequestFailedException { Status: 0 or 408 or >= 500 } => (StatusCodes.Status503ServiceUnavailable, "Storage unavailable", "Storage is not reachable right now; try again shortly."),
            _ => (0, string.Empty, string.Empty),
        };
        if (status == 0)
        {
            return false;
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
            Exception = exception,
        });
    }
}
