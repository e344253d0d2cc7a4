using Azure.Core;

namespace Pipeline.Storage.Auth;

/// <summary>
/// Holds one storage access token and fetches a new one a margin before it expires (or at the credential's own
/// <c>RefreshOn</c>), so requests neither wait on the identity endpoint every time nor go out with a token about to
/// lapse. One fetch at a time; if a refresh fails while the old token is still valid, the old token is used.
/// </summary>
internal sealed class BearerTokenCache(TokenCredential credential, TimeProvider clock, TimeSpan refreshMargin) : IDisposable
{
    public const string Scope = "https://storage.azure.com/.default";

    private static readonly TokenRequestContext Context = new([Scope]);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private AccessToken? _token;

    public async ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_token is { } cached && IsFresh(cached))
        {
            return cached.Token;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_token is { } current && IsFresh(current))
            {
                return current.Token;
            }

            return await RefreshAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<string> RefreshAsync(CancellationToken cancellationToken)
    {
        try
        {
            var token = await credential.GetTokenAsync(Context, cancellationToken).ConfigureAwait(false);
            _token = token;
            return token.Token;
        }
        catch (Exception) when (_token is { } old && clock.GetUtcNow() < old.ExpiresOn && !cancellationToken.IsCancellationRequested)
        {
            return old.Token;
        }
    }

    private bool IsFresh(AccessToken token)
    {
        var refreshAt = token.ExpiresOn - refreshMargin;
        if (token.RefreshOn is { } refreshOn && refreshOn < refreshAt)
        {
            refreshAt = refreshOn;
        }

        return clock.GetUtcNow() < refreshAt;
    }
}
