using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Pipeline.Host.Configuration;

namespace Pipeline.Host.Api;

/// <summary>
/// Standalone mode's stand-in for the Functions host's key check: when the app listens beyond loopback, every
/// <c>/api</c> route but health needs the key in <c>x-functions-key</c> or <c>?code=</c>, compared in constant time.
/// Under the Functions host, function.json's <c>authLevel</c> does this instead.
/// </summary>
public sealed class ApiKeyMiddleware(RequestDelegate next, ApiExposure exposure, IOptions<PipelineOptions> options, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!NeedsKey(context) || HasValidKey(context))
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = 401, Title = "API key required", Detail = "Send the key in the x-functions-key header or the code query parameter." },
        });
    }

    private bool NeedsKey(HttpContext context) =>
        exposure.BeyondLoopback
        && context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && !context.Request.Path.StartsWithSegments("/api/health", StringComparison.OrdinalIgnoreCase);

    private bool HasValidKey(HttpContext context)
    {
        var expected = options.Value.ApiKey;
        var given = context.Request.Headers["x-functions-key"].FirstOrDefault() ?? context.Request.Query["code"].FirstOrDefault();
        return !string.IsNullOrEmpty(expected) && given is not null
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
    }
}
