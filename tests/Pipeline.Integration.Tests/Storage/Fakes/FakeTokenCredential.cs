using Azure.Core;

namespace Pipeline.Integration.Tests.Storage.Fakes;

/// <summary>Issues "token-1", "token-2", … each valid for <paramref name="lifetime"/> on the given clock, and records the scopes asked for.</summary>
public sealed class FakeTokenCredential(TimeProvider clock, TimeSpan lifetime) : TokenCredential
{
    private int _issued;

    public List<string[]> Requests { get; } = [];

    public int Issued => Volatile.Read(ref _issued);

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        Issue(requestContext);

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Issue(requestContext));

    private AccessToken Issue(TokenRequestContext context)
    {
        lock (Requests)
        {
            Requests.Add(context.Scopes);
        }

        var n = Interlocked.Increment(ref _issued);
        return new AccessToken($"token-{n}", clock.GetUtcNow() + lifetime);
    }
}
