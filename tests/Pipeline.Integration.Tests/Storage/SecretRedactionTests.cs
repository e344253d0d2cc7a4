using System.Net;
using System.Text;
using Pipeline.Integration.Tests.Storage.Fakes;
using Pipeline.Storage;
using Pipeline.Storage.Auth;

namespace Pipeline.Integration.Tests.Storage;

/// <summary>No log line, exception message or ToString ever carries an account key or a SAS signature.</summary>
public class SecretRedactionTests
{
    private const string Key = "c2VjcmV0LWtleS1tYXRlcmlhbC10aGF0LW11c3Qtbm90LWxlYWstMDEyMzQ1Njc4OQ==";
    private const string Signature = "TOPSECRETSIG%2Babc%3D";

    [Fact]
    public async Task FailedRequest_WithSharedKey_NoLogLineOrMessageContainsTheKey()
    {
        var logs = new CapturingLoggerProvider();
        var connection = ConnectionStringParser.Parse($"DefaultEndpointsProtocol=https;AccountName=acct;AccountKey={Key}");
        var handler = new ScriptedHandler(() => Echo(HttpStatusCode.Forbidden, $"AccountKey={Key}"));
        using var sut = new StorageAccount(connection, new StorageOptions { MaxRetries = 0 }, TimeProvider.System, null, () => handler, logs);

        var error = await Assert.ThrowsAsync<StorageRequestFailedException>(() => sut.Blobs.CreateContainerIfNotExistsAsync("articles"));

        Assert.DoesNotContain(Key, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, connection.ToString(), StringComparison.Ordinal);
        Assert.NotEmpty(logs.Lines);
        Assert.All(logs.Lines, line => Assert.DoesNotContain(Key, line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task FailedAndRetriedRequests_WithSas_NoLogLineOrMessageContainsTheSignature()
    {
        var logs = new CapturingLoggerProvider();
        var connection = ConnectionStringParser.Parse($"BlobEndpoint=https://acct.blob.core.windows.net;SharedAccessSignature=sv=2025-11-05&ss=b&sig={Signature}");
        var handler = new ScriptedHandler(
            () => Echo(HttpStatusCode.ServiceUnavailable, $"sig={Signature}"),
            () => Echo(HttpStatusCode.Forbidden, $"https://acct.blob.core.windows.net/articles?sv=1&sig={Signature}"));
        using var sut = new StorageAccount(connection, new StorageOptions { MaxRetries = 1, RetryBaseDelay = TimeSpan.FromMilliseconds(1) }, TimeProvider.System, null, () => handler, logs);

        var error = await Assert.ThrowsAsync<StorageRequestFailedException>(() => sut.Blobs.CreateContainerIfNotExistsAsync("articles"));

        Assert.Contains("sig=", handler.Sent[0].Uri.Query, StringComparison.Ordinal);
        Assert.DoesNotContain("TOPSECRETSIG", error.Message, StringComparison.Ordinal);
        Assert.Contains(logs.Lines, line => line.Contains("retrying", StringComparison.Ordinal));
        Assert.All(logs.Lines, line => Assert.DoesNotContain("TOPSECRETSIG", line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConnectionFailure_WithSas_MessageDoesNotContainTheSignature()
    {
        var connection = ConnectionStringParser.Parse($"BlobEndpoint=https://acct.blob.core.windows.net;SharedAccessSignature=sv=1&sig={Signature}");
        var handler = new ScriptedHandler((_, request, _) => Task.FromException<HttpResponseMessage>(new HttpRequestException($"Failed {request.RequestUri}")));
        using var sut = new StorageAccount(connection, new StorageOptions { MaxRetries = 0 }, TimeProvider.System, null, () => handler);

        var error = await Assert.ThrowsAsync<StorageRequestFailedException>(() => sut.Blobs.CreateContainerIfNotExistsAsync("articles"));

        Assert.Equal("ConnectionFailed", error.ErrorCode);
        Assert.DoesNotContain("TOPSECRETSIG", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AccountName=a;AccountKey=" + Key + "!!")]
    [InlineData("AccountName=a;" + Key)]
    [InlineData(Key + ";AccountName=a")]
    [InlineData("AccountName=a;AccountKey=" + Key + ";AccountKey=" + Key)]
    [InlineData("AccountName=a;AccountKey=" + Key + ";BlobEndpoint=not a url")]
    public void Parse_MalformedStringWithKey_ErrorNeverContainsTheKey(string connectionString)
    {
        var error = Assert.Throws<FormatException>(() => ConnectionStringParser.Parse(connectionString));

        Assert.DoesNotContain(Key[..20], error.Message, StringComparison.Ordinal);
    }

    private static HttpResponseMessage Echo(HttpStatusCode status, string detail)
    {
        var response = new HttpResponseMessage(status)
        {
            Content = new StringContent($"<?xml version=\"1.0\"?><Error><Code>AuthenticationFailed</Code><Message>Denied: {detail}</Message></Error>", Encoding.UTF8, "application/xml"),
        };
        response.Headers.TryAddWithoutValidation("x-ms-request-id", "req-1");
        return response;
    }
}
