using System.Net;
using Pipeline.Integration.Tests.Storage.Fakes;
using Pipeline.Storage;
using Pipeline.Storage.Auth;

namespace Pipeline.Integration.Tests.Storage;

/// <summary>Entra ID bearer tokens: the header, the scope, the cache and its refresh before expiry.</summary>
public class TokenAuthenticationTests
{
    private static readonly StorageConnection Identity = new(
        "acct", new Uri("https://acct.blob.core.windows.net"), new Uri("https://acct.queue.core.windows.net"), new Uri("https://acct.table.core.windows.net"));

    private readonly ManualTimeProvider _clock = new();
    private readonly ScriptedHandler _handler = new(() => ScriptedHandler.Status(HttpStatusCode.Created));

    [Fact]
    public async Task SendAsync_WithCredential_SendsBearerTokenForTheStorageScope()
    {
        var credential = new FakeTokenCredential(_clock, TimeSpan.FromHours(1));
        using var sut = CreateSut(credential);

        await sut.Queues.CreateIfNotExistsAsync("claims");

        Assert.Equal("Bearer token-1", _handler.Sent[0].Header("Authorization"));
        Assert.Equal(["https://storage.azure.com/.default"], Assert.Single(credential.Requests));
        Assert.Equal(StorageOptions.ApiVersion, _handler.Sent[0].Header("x-ms-version"));
    }

    [Fact]
    public async Task SendAsync_TokenStillFresh_ReusesItWithoutAskingTheCredential()
    {
        var credential = new FakeTokenCredential(_clock, TimeSpan.FromMinutes(60));
        using var sut = CreateSut(credential);

        await sut.Queues.CreateIfNotExistsAsync("claims");
        _clock.Advance(TimeSpan.FromMinutes(50));
        await sut.Queues.CreateIfNotExistsAsync("claims");

        Assert.Equal(1, credential.Issued);
        Assert.All(_handler.Sent, s => Assert.Equal("Bearer token-1", s.Header("Authorization")));
    }

    [Fact]
    public async Task SendAsync_TokenWithinRefreshMarginOfExpiry_FetchesANewToken()
    {
        var credential = new FakeTokenCredential(_clock, TimeSpan.FromMinutes(60));
        using var sut = CreateSut(credential);

        await sut.Queues.CreateIfNotExistsAsync("claims");
        _clock.Advance(TimeSpan.FromMinutes(56));
        await sut.Queues.CreateIfNotExistsAsync("claims");
        await sut.Queues.CreateIfNotExistsAsync("claims");

        Assert.Equal(2, credential.Issued);
        Assert.Equal(["Bearer token-1", "Bearer token-2", "Bearer token-2"], _handler.Sent.Select(s => s.Header("Authorization")));
    }

    [Fact]
    public async Task SendAsync_HttpEndpointWithCredential_RefusesToSendTheToken()
    {
        var credential = new FakeTokenCredential(_clock, TimeSpan.FromHours(1));
        var plain = StorageConnection.Development() with { AccountKey = null };
        using var sut = new StorageAccount(plain, new StorageOptions(), _clock, credential, () => _handler);

        await Assert.ThrowsAsync<InvalidOperationException>(() => sut.Queues.CreateIfNotExistsAsync("claims"));
        Assert.Equal(0, _handler.Attempts);
    }

    private StorageAccount CreateSut(FakeTokenCredential credential) =>
        new(Identity, new StorageOptions { TokenRefreshMargin = TimeSpan.FromMinutes(5) }, _clock, credential, () => _handler);
}
