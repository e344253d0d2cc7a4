using System.Security.Cryptography;

namespace Pipeline.Host.Api;

/// <summary>
/// Strong ETags on successful API reads, so dashboards and scripts can poll with <c>If-None-Match</c> and get a 304
/// instead of the same list again. The tag is a hash of the body; responses are small pages, so buffering is cheap.
/// </summary>
public sealed class ETagMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!HttpMethods.IsGet(context.Request.Method) || !context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        buffer.Position = 0;
        if (context.Response.StatusCode == StatusCodes.Status200OK)
        {
            var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)))[..32]}\"";
            context.Response.Headers.ETag = etag;
            if (context.Request.Headers.IfNoneMatch.Any(v => v == etag || v == "*"))
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                context.Response.ContentLength = null;
                return;
            }
        }

        await buffer.CopyToAsync(original, context.RequestAborted);
    }
}
