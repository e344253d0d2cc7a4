using System.Globalization;
using System.Net;
using Moq;
using Moq.Protected;
using Pipeline.Integration.Tests.Storage.Fakes;
using Pipeline.Storage;
using Pipeline.Storage.Auth;
using Pipeline.Storage.Blobs;

namespace Pipeline.Integration.Tests.Storage;

/// <summary>Retries, Retry-After, re-signing and the circuit breaker, driven by a scripted transport and a manual clock.</summary>
public class StorageResilienceTests
{
    private readonly ManualTimeProvider _clock = new();

    [Fact]
    public async Task CreateContainerIfNotExistsAsync_503Twice_RetriesAndReturnsTrue()
    {
        var handler = new ScriptedHandler(() => Status(HttpStatusCode.ServiceUnavailable, "ServerBusy"), () => Status(HttpStatusCode.ServiceUnavailable, "ServerBusy"), () => Status(HttpStatusCode.Created));
        using var sut = CreateSut(handler);

        var created = await _clock.RunAsync(sut.Blobs.CreateContainerIfNotExistsAsync("articles"));

        Assert.True(created);
        Assert.Equal(3, handler.Attempts);
    }

    [Fact]
    public async Task CreateContainerIfNotExistsAsync_409_IsNotRetriedAndReturnsFalse()
    {
        var transport = new Mock<HttpMessageHandler>();
        transport.Protected()
            .Setup<Task<HttpResponseMessage>>("SendAsync", ItExpr.IsAny<HttpRequestMessage>(), ItExpr.IsAny<CancellationToken>())
            .ReturnsAsync(() => Status(HttpStatusCode.Conflict, "ContainerAlreadyExists"));
        using var sut = CreateSut(transport.Object);

        var created = await _clock.RunAsync(sut.Blobs.CreateContainerIfNotExistsAsync("articles"));

        Assert.False(created);
        transport.Protected().Verify("SendAsync", Times.Once(), ItExpr.IsAny<HttpRequestMessage>(), ItExpr.IsAny<CancellationToken>());
    }

    [Fact]
    public async Task UploadAsync_412LeaseIdMissing_ThrowsInsteadOfReportingAConditionAndIsNotRetried()
    {
        var handler = new ScriptedHandler(() => Status(HttpStatusCode.PreconditionFailed, "LeaseIdMissing"));
        using var sut = CreateSut(handler);

        var error = await Assert.ThrowsAsync<StorageRequestFailedException>(() => _clock.RunAsync(sut.Blobs.UploadAsync("articles", "a.json", new byte[] { 1 }, new BlobUploadOptions { IfMatch = "\"x\"" })));

        Assert.Equal(412, error.Status);
        Assert.Equal("LeaseIdMissing", error.ErrorCode);
        Assert.Equal(1, handler.Attempts);
    }

    [Fact]
    public async Task SendAsync_RetryAfterSevenSeconds_WaitsSevenSecondsBeforeTheNextAttempt()
    {
        var handler = new ScriptedHandler(() => Status(HttpStatusCode.ServiceUnavailable, "ServerBusy", retryAfter: "7"), () => Status(HttpStatusCode.Created));
        using var sut = CreateSut(handler, new StorageOptions { RetryBaseDelay = TimeSpan.FromMilliseconds(1), RetryMaxDelay = TimeSpan.FromMinutes(1), AttemptTimeout = TimeSpan.FromMinutes(10) });

        await _clock.RunAsync(sut.Blobs.CreateContainerIfNotExistsAsync("articles"));

        var waited = DateOf(handler.Sent[1]) - DateOf(handler.Sent[0]);
        Assert.InRange(waited, TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(8));
    }

    [Fact]
    public async Task SendAsync_EveryAttempt_CarriesANewDateAndSignature()
    {
        // Retry-After pins each wait to 2 s: x-ms-date has whole seconds, and a jittered back-off could stay within one.
        var handler = new ScriptedHandler(() => Status(HttpStatusCode.InternalServerError, retryAfter: "2"), () => Status(HttpStatusCode.GatewayTimeout, retryAfter: "2"), () => Status(HttpStatusCode.Created));
        using var sut = CreateSut(handler);

        await _clock.RunAsync(sut.Queues.CreateIfNotExistsAsync("claims"));

        Assert.Equal(3, handler.Sent.Select(s => s.Header("x-ms-date")).Distinct().Count());
        Assert.Equal(3, handler.Sent.Select(s => s.Header("Authorization")).Distinct().Count());
        Assert.All(handler.Sent, s => Assert.StartsWith("SharedKey devstoreaccount1:", s.Header("Authorization"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendAsync_ConnectionRefusedThenUp_Retries()
    {
        var handler = new ScriptedHandler((attempt, _, _) => attempt == 0
            ? Task.FromException<HttpResponseMessage>(new HttpRequestException("Connection refused"))
            : Task.FromResult(Status(HttpStatusCode.Created)));
        using var sut = CreateSut(handler);

        Assert.True(await _clock.RunAsync(sut.Queues.CreateIfNotExistsAsync("claims")));
        Assert.Equal(2, handler.Attempts);
    }

    [Fact]
    public async Task SendAsync_AttemptHangs_TimesOutAndRetries()
    {
        var handler = new ScriptedHandler(async (attempt, _, token) =>
        {
            if (attempt == 0)
            {
                await Task.Delay(Timeout.Infinite, token);
            }

            return Status(HttpStatusCode.Created);
        });
        using var sut = CreateSut(handler, new StorageOptions { RetryBaseDelay = TimeSpan.FromSeconds(1), AttemptTimeout = TimeSpan.FromSeconds(5) });

        Assert.True(await _clock.RunAsync(sut.Queues.CreateIfNotExistsAsync("claims")));
        Assert.Equal(2, handler.Attempts);
    }

    [Fact]
    public async Task SendAsync_RetriesExhausted_ThrowsWithStatusCodeRequestIdAndOperation()
    {
        var handler = new ScriptedHandler(() => Status(HttpStatusCode.ServiceUnavailable, "ServerBusy"));
        using var sut = CreateSut(handler, new StorageOptions { MaxRetries = 2, RetryBaseDelay = TimeSpan.FromSeconds(1), AttemptTimeout = TimeSpan.FromMinutes(10), BreakerMinimumThroughput = 100 });

        var error = await Assert.ThrowsAsync<StorageRequestFailedException>(() => _clock.RunAsync(sut.Queues.CreateIfNotExistsAsync("claims")));

        Assert.Equal(3, handler.Attempts);
        Assert.Equal(503, error.Status);
        Assert.Equal("ServerBusy", error.ErrorCode);
        Assert.Equal("CreateQueue", error.Operation);
        Assert.True(Guid.TryParse(error.RequestId, out _));
    }

    [Fact]
    public async Task CircuitBreaker_FailuresThenBreakDurationPasses_OpensThenClosesAgain()
    {
        var handler = new ScriptedHandler(() => Status(HttpStatusCode.ServiceUnavailable), () => Status(HttpStatusCode.ServiceUnavailable), () => Status(HttpStatusCode.Created));
        using var sut = CreateSut(handler, new StorageOptions
        {
            MaxRetries = 0,
            BreakerMinimumThroughput = 2,
            BreakerFailureRatio = 0.5,
            BreakerSamplingDuration = TimeSpan.FromSeconds(30),
            BreakerBreakDuration = TimeSpan.FromSeconds(5),
        });

        await Assert.ThrowsAsync<StorageRequestFailedException>(() => sut.Queues.CreateIfNotExistsAsync("claims"));
        await Assert.ThrowsAsync<StorageRequestFailedException>(() => sut.Queues.CreateIfNotExistsAsync("claims"));
        var open = await Assert.ThrowsAsync<StorageRequestFailedException>(() => sut.Queues.CreateIfNotExistsAsync("claims"));
        var attemptsWhileOpen = handler.Attempts;
        _clock.Advance(TimeSpan.FromSeconds(6));
        var afterBreak = await sut.Queues.CreateIfNotExistsAsync("claims");
        var closed = await sut.Queues.CreateIfNotExistsAsync("claims");

        Assert.Equal("CircuitOpen", open.ErrorCode);
        Assert.Equal(503, open.Status);
        Assert.Equal(2, attemptsWhileOpen);
        Assert.True(afterBreak);
        Assert.True(closed);
        Assert.Equal(4, handler.Attempts);
    }

    [Fact]
    public async Task CircuitBreaker_PerService_BlobFailuresDoNotOpenTheTableCircuit()
    {
        var handler = new ScriptedHandler((_, request, _) => Task.FromResult(request.RequestUri!.Port == 10000 ? Status(HttpStatusCode.ServiceUnavailable) : Status(HttpStatusCode.NoContent)));
        using var sut = CreateSut(handler, new StorageOptions { MaxRetries = 0, BreakerMinimumThroughput = 2, BreakerFailureRatio = 0.5 });

        for (var i = 0; i < 3; i++)
        {
            await Assert.ThrowsAsync<StorageRequestFailedException>(() => sut.Blobs.CreateContainerIfNotExistsAsync("articles"));
        }

        Assert.True(await sut.Tables.CreateIfNotExistsAsync("claims"));
    }

    internal static HttpResponseMessage Status(HttpStatusCode status, string? errorCode = null, string? retryAfter = null) =>
        ScriptedHandler.Status(status, errorCode, retryAfter);

    private static DateTimeOffset DateOf(SentRequest request) =>
        DateTimeOffset.ParseExact(request.Header("x-ms-date")!, "R", CultureInfo.InvariantCulture);

    private StorageAccount CreateSut(HttpMessageHandler transport, StorageOptions? options = null) => new(
        StorageConnection.Development(),
        options ?? new StorageOptions { RetryBaseDelay = TimeSpan.FromSeconds(2), AttemptTimeout = TimeSpan.FromMinutes(10) },
        _clock,
        transport: () => transport);
}
