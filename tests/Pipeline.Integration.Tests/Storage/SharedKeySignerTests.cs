using Pipeline.Storage;
using Pipeline.Storage.Auth;

namespace Pipeline.Integration.Tests.Storage;

public class SharedKeySignerTests
{
    [Fact]
    public void StringToSign_ListBlobsOnAzurite_MatchesTheVerifiedReferenceString()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1:10000/devstoreaccount1/articles?restype=container&comp=list&prefix=incoming/&include=metadata&maxresults=2");
        request.Headers.TryAddWithoutValidation("x-ms-date", "Sun, 22 Nov 2026 04:27:59 GMT");
        request.Headers.TryAddWithoutValidation("x-ms-version", "2026-06-06");

        var sut = SharedKeySigner.StringToSign(request, "devstoreaccount1", StorageService.Blob);

        Assert.Equal("GET\n\n\n\n\n\n\n\n\n\n\n\nx-ms-date:Sun, 22 Nov 2026 04:27:59 GMT\nx-ms-version:2026-06-06\n/devstoreaccount1/devstoreaccount1/articles\ncomp:list\ninclude:metadata\nmaxresults:2\nprefix:incoming/\nrestype:container", sut);
    }

    [Fact]
    public void StringToSign_TableEntityWithQuotedKeys_MatchesTheVerifiedReferenceString()
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "http://127.0.0.1:10002/devstoreaccount1/reliability(PartitionKey='src-o''brien',RowKey='it''s%202026')")
        {
            Content = new StringContent("{}"),
        };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.TryAddWithoutValidation("x-ms-date", "Sun, 22 Nov 2026 04:28:44 GMT");

        var sut = SharedKeySigner.StringToSign(request, "devstoreaccount1", StorageService.Table);

        Assert.Equal("PUT\n\napplication/json\nSun, 22 Nov 2026 04:28:44 GMT\n/devstoreaccount1/devstoreaccount1/reliability(PartitionKey='src-o''brien',RowKey='it''s%202026')", sut);
    }

    [Fact]
    public void StringToSign_MetadataWithUnderscoresAndDashes_OrdersHeadersLikeTheService()
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "http://127.0.0.1:10000/devstoreaccount1/c/b");
        string[] names = ["x-ms-meta-ab", "x-ms-meta-a_b", "x-ms-meta-a-c", "x-ms-meta-aa", "x-ms-date", "x-ms-version", "x-ms-meta-A1", "x-ms-meta-_z", "x-ms-blob-type"];
        foreach (var name in names)
        {
            request.Headers.TryAddWithoutValidation(name, "v");
        }

        var lines = SharedKeySigner.StringToSign(request, "devstoreaccount1", StorageService.Blob).Split('\n').Where(l => l.StartsWith("x-ms-", StringComparison.Ordinal)).Select(l => l[..^2]);

        // The order @azure/storage-common's comparator produces (en-US culture sort, not ordinal).
        Assert.Equal(["x-ms-blob-type", "x-ms-date", "x-ms-meta-_z", "x-ms-meta-a_b", "x-ms-meta-a1", "x-ms-meta-aa", "x-ms-meta-ab", "x-ms-meta-a-c", "x-ms-version"], lines);
    }

    [Fact]
    public void StringToSign_ZeroLengthContent_SignsAnEmptyContentLength()
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "http://127.0.0.1:10000/devstoreaccount1/c?restype=container") { Content = new ByteArrayContent([]) };

        var sut = SharedKeySigner.StringToSign(request, "devstoreaccount1", StorageService.Blob);

        Assert.StartsWith("PUT\n\n\n\n", sut, StringComparison.Ordinal);
    }
}
