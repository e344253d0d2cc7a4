using System.Globalization;
using System.Net.Http.Headers;

namespace Pipeline.Storage.Auth;

/// <summary>
/// The innermost handler: stamps <c>x-ms-date</c> and authenticates every attempt afresh, so a retried request
/// is never sent with a stale date or signature. It sets (never adds) the headers because a retry re-sends the
/// same request object.
/// </summary>
internal sealed class StorageAuthenticationHandler(
    StorageConnection connection,
    StorageService service,
    BearerTokenCache? tokens,
    TimeProvider clock) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Remove("x-ms-date");
        request.Headers.Authorization = null;
        request.Headers.TryAddWithoutValidation("x-ms-date", clock.GetUtcNow().ToString("R", CultureInfo.InvariantCulture));
        if (connection.AccountKey is { } key)
        {
            var signature = SharedKeySigner.Sign(SharedKeySigner.StringToSign(request, connection.AccountName, service), key);
            request.Headers.TryAddWithoutValidation("Authorization", $"SharedKey {connection.AccountName}:{signature}");
        }
        else if (connection.SasToken is { } sas)
        {
            AppendSas(request, sas);
        }
        else if (tokens is not null)
        {
            // As in Azure.Core: a bearer token over plain http could be read off the wire and replayed.
            if (request.RequestUri!.Scheme != Uri.UriSchemeHttps)
            {
                throw new InvalidOperationException("Token authentication to storage needs an https endpoint.");
            }

            var token = await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            tokens?.Dispose();
        }

        base.Dispose(disposing);
    }

    private static void AppendSas(HttpRequestMessage request, string sas)
    {
        var uri = request.RequestUri!;
        if (uri.Query.Contains("sig=", StringComparison.Ordinal))
        {
            return;
        }

        var separator = string.IsNullOrEmpty(uri.Query) ? "?" : "&";
        request.RequestUri = new Uri(uri.AbsoluteUri + separator + sas);
    }
}
