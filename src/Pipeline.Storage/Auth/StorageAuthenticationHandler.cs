using System.Globalization;
using System.Net.Http.Headers;
using Azure.Core;

namespace Pipeline.Storage.Auth;

/// <summary>
/// The innermost handler: stamps <c>x-ms-date</c> and authenticates every attempt afresh, so a retried request
/// is never sent with a stale date or signature.
/// </summary>
internal sealed class StorageAuthenticationHandler(
    StorageConnection connection,
    StorageService service,
    TokenCredential? credential,
    TimeProvider clock) : DelegatingHandler
{
    private static readonly string[] StorageScope = ["https://storage.azure.com/.default"];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Remove("x-ms-date");
        request.Headers.Remove("Authorization");
        request.Headers.TryAddWithoutValidation("x-ms-date", clock.GetUtcNow().ToString("R", CultureInfo.InvariantCulture));
        if (connection.AccountKey is { } key)
        {
            var signature = SharedKeySigner.Sign(SharedKeySigner.StringToSign(request, connection.AccountName, service), key);
            request.Headers.TryAddWithoutValidation("Authorization", $"SharedKey {connection.AccountName}:{signature}");
        }
        else if (connection.SasToken is { } sas && !request.RequestUri!.Query.Contains("sig=", StringComparison.Ordinal))
        {
            var separator = string.IsNullOrEmpty(request.RequestUri.Query) ? "?" : "&";
            request.RequestUri = new Uri(request.RequestUri + separator + sas);
        }
        else if (credential is not null)
        {
            var token = await credential.GetTokenAsync(new TokenRequestContext(StorageScope), cancellationToken).ConfigureAwait(false);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        }

        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
