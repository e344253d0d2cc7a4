using Pipeline.Storage.Auth;

namespace Pipeline.Integration.Tests.Storage;

public class ConnectionStringParserTests
{
    private const string Key = StorageConnection.DevelopmentAccountKey;

    [Fact]
    public void Parse_UseDevelopmentStorage_PointsAtAzuriteDefaults()
    {
        var sut = ConnectionStringParser.Parse("UseDevelopmentStorage=true");

        Assert.Equal("devstoreaccount1", sut.AccountName);
        Assert.Equal(new Uri("http://127.0.0.1:10000/devstoreaccount1"), sut.BlobEndpoint);
        Assert.Equal(new Uri("http://127.0.0.1:10002/devstoreaccount1"), sut.TableEndpoint);
        Assert.Equal(Convert.FromBase64String(Key), sut.AccountKey);
    }

    [Fact]
    public void Parse_DevelopmentStorageProxy_UsesTheProxyHost()
    {
        var sut = ConnectionStringParser.Parse("UseDevelopmentStorage=true;DevelopmentStorageProxyUri=http://azurite");

        Assert.Equal(new Uri("http://azurite:10001/devstoreaccount1"), sut.QueueEndpoint);
    }

    [Fact]
    public void Parse_ExplicitEndpoints_KeepsPortsAndPaths()
    {
        var sut = ConnectionStringParser.Parse($"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={Key};BlobEndpoint=http://127.0.0.1:31000/devstoreaccount1/;QueueEndpoint=http://127.0.0.1:31001/devstoreaccount1;TableEndpoint=http://127.0.0.1:31002/devstoreaccount1;");

        Assert.Equal(new Uri("http://127.0.0.1:31000/devstoreaccount1"), sut.BlobEndpoint);
        Assert.Equal(new Uri("http://127.0.0.1:31001/devstoreaccount1"), sut.QueueEndpoint);
        Assert.Equal(new Uri("http://127.0.0.1:31002/devstoreaccount1"), sut.TableEndpoint);
    }

    [Fact]
    public void Parse_AccountWithSuffixAndProtocol_BuildsHostStyleEndpoints()
    {
        var sut = ConnectionStringParser.Parse($"DefaultEndpointsProtocol=https;AccountName=news;AccountKey={Key};EndpointSuffix=core.chinacloudapi.cn");

        Assert.Equal(new Uri("https://news.blob.core.chinacloudapi.cn"), sut.BlobEndpoint);
        Assert.Equal(new Uri("https://news.queue.core.chinacloudapi.cn"), sut.QueueEndpoint);
        Assert.Equal(new Uri("https://news.table.core.chinacloudapi.cn"), sut.TableEndpoint);
    }

    [Fact]
    public void Parse_AccountWithoutProtocolOrSuffix_DefaultsToHttpsPublicCloud()
    {
        var sut = ConnectionStringParser.Parse($"AccountName=news;AccountKey={Key}");

        Assert.Equal(new Uri("https://news.table.core.windows.net"), sut.TableEndpoint);
    }

    [Fact]
    public void Parse_SasWithEndpointsOnly_TakesTheAccountFromTheHostAndDerivesTheRest()
    {
        var sut = ConnectionStringParser.Parse("BlobEndpoint=https://news.blob.core.windows.net/;SharedAccessSignature=?sv=2025-11-05&ss=bqt&sig=abc%3D");

        Assert.Equal("news", sut.AccountName);
        Assert.Equal("sv=2025-11-05&ss=bqt&sig=abc%3D", sut.SasToken);
        Assert.Null(sut.AccountKey);
        Assert.Equal(new Uri("https://news.queue.core.windows.net"), sut.QueueEndpoint);
    }

    [Fact]
    public void Parse_SasWithEmulatorEndpoints_TakesTheAccountFromThePath()
    {
        var sut = ConnectionStringParser.Parse("BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;QueueEndpoint=http://127.0.0.1:10001/devstoreaccount1;TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;SharedAccessSignature=sv=1&sig=x");

        Assert.Equal("devstoreaccount1", sut.AccountName);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("AccountKey=" + Key, "'AccountName'")]
    [InlineData("AccountName=a;AccountKey=%%%", "'AccountKey'")]
    [InlineData("AccountName=a;AccountKey=" + Key + ";DefaultEndpointsProtocol=ftp", "'DefaultEndpointsProtocol'")]
    [InlineData("AccountName=a;AccountKey=" + Key + ";BlobEndpoint=ftp://x", "'BlobEndpoint'")]
    [InlineData("AccountName=a;AccountKey=" + Key + ";EndpointSufix=x", "'EndpointSufix'")]
    [InlineData("AccountName=a;SharedAccessSignature=sv=1", "'SharedAccessSignature'")]
    [InlineData("AccountName=a;AccountName=b", "'AccountName' twice")]
    [InlineData("AccountName=a;=x", "Part 2")]
    public void Parse_Malformed_NamesTheBadPart(string connectionString, string expected)
    {
        var error = Assert.Throws<FormatException>(() => ConnectionStringParser.Parse(connectionString));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
