using System.Text;
using Pipeline.Integration.Tests.Support;
using Pipeline.Storage;
using Pipeline.Storage.Blobs;

namespace Pipeline.Integration.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class BlobStorageClientTests(AzuriteFixture fixture) : IAsyncLifetime
{
    private readonly string _container = AzuriteFixture.UniqueName("blob");

    private BlobStorageClient Sut => fixture.Account.Blobs;

    public async Task InitializeAsync() => await Sut.CreateContainerIfNotExistsAsync(_container);

    public async Task DisposeAsync() => await Sut.DeleteContainerIfExistsAsync(_container);

    [Fact]
    public async Task CreateContainerIfNotExistsAsync_Twice_ReturnsTrueThenFalse()
    {
        var container = AzuriteFixture.UniqueName("c");

        var first = await Sut.CreateContainerIfNotExistsAsync(container);
        var second = await Sut.CreateContainerIfNotExistsAsync(container);
        var deleted = await Sut.DeleteContainerIfExistsAsync(container);
        var deletedAgain = await Sut.DeleteContainerIfExistsAsync(container);

        Assert.Equal((true, false, true, false), (first, second, deleted, deletedAgain));
    }

    [Fact]
    public async Task UploadAsync_ContentTypeAndMetadata_AreReturnedByDownloadAndProperties()
    {
        var metadata = new Dictionary<string, string> { ["source"] = "reuters", ["ingest_id"] = "42", ["Ab"] = "x y" };

        var etag = await Sut.UploadAsync(_container, "in/a b+c.json", Encoding.UTF8.GetBytes("{\"a\":1}"), new BlobUploadOptions { ContentType = "application/json; charset=utf-8", Metadata = metadata });
        var content = await Sut.DownloadIfExistsAsync(_container, "in/a b+c.json");
        var properties = await Sut.GetPropertiesIfExistsAsync(_container, "in/a b+c.json");

        Assert.Equal("{\"a\":1}", Encoding.UTF8.GetString(content!.Content));
        Assert.Equal(etag, content.ETag);
        Assert.Equal("application/json; charset=utf-8", content.ContentType);
        Assert.Equal("reuters", content.Metadata["source"]);
        Assert.Equal("42", content.Metadata["ingest_id"]);
        Assert.Equal("x y", content.Metadata["ab"]);
        Assert.Equal(etag, properties!.ETag);
        Assert.Equal(7, properties.ContentLength);
        Assert.Equal("reuters", properties.Metadata["source"]);
        Assert.Equal("available", properties.LeaseState);
    }

    [Fact]
    public async Task GetPropertiesAndDownloadIfExistsAsync_MissingBlob_ReturnNull()
    {
        Assert.Null(await Sut.GetPropertiesIfExistsAsync(_container, "missing.json"));
        Assert.Null(await Sut.DownloadIfExistsAsync(_container, "missing.json"));
        Assert.False(await Sut.DeleteIfExistsAsync(_container, "missing.json"));
    }

    [Fact]
    public async Task UploadAsync_OnlyIfNotExistsOnExistingBlob_ReturnsNullAndKeepsContent()
    {
        await Sut.UploadAsync(_container, "a.txt", Encoding.UTF8.GetBytes("first"));

        var second = await Sut.UploadAsync(_container, "a.txt", Encoding.UTF8.GetBytes("second"), new BlobUploadOptions { OnlyIfNotExists = true });

        Assert.Null(second);
        Assert.Equal("first", Encoding.UTF8.GetString((await Sut.DownloadIfExistsAsync(_container, "a.txt"))!.Content));
    }

    [Fact]
    public async Task UploadAsync_StaleIfMatch_ReturnsNullWhileCurrentETagSucceeds()
    {
        var v1 = await Sut.UploadAsync(_container, "a.txt", Encoding.UTF8.GetBytes("v1"));
        var v2 = await Sut.UploadAsync(_container, "a.txt", Encoding.UTF8.GetBytes("v2"), new BlobUploadOptions { IfMatch = v1 });

        var stale = await Sut.UploadAsync(_container, "a.txt", Encoding.UTF8.GetBytes("v3"), new BlobUploadOptions { IfMatch = v1 });
        var staleMetadata = await Sut.SetMetadataAsync(_container, "a.txt", new Dictionary<string, string> { ["k"] = "v" }, ifMatch: v1);

        Assert.NotNull(v2);
        Assert.NotEqual(v1, v2);
        Assert.Null(stale);
        Assert.False(staleMetadata);
        Assert.Equal("v2", Encoding.UTF8.GetString((await Sut.DownloadIfExistsAsync(_container, "a.txt"))!.Content));
    }

    [Fact]
    public async Task SetMetadataAsync_NewSet_ReplacesTheWholeSet()
    {
        await Sut.UploadAsync(_container, "a.txt", new byte[] { 1 }, new BlobUploadOptions { Metadata = new Dictionary<string, string> { ["old"] = "1" } });

        Assert.True(await Sut.SetMetadataAsync(_container, "a.txt", new Dictionary<string, string> { ["new"] = "2" }));
        var metadata = (await Sut.GetPropertiesIfExistsAsync(_container, "a.txt"))!.Metadata;

        Assert.Equal(new Dictionary<string, string> { ["new"] = "2" }, metadata.ToDictionary(p => p.Key, p => p.Value));
    }

    [Fact]
    public async Task ListAsync_MoreThanAThousandBlobs_FollowsMarkersAndFiltersByPrefix()
    {
        var names = Enumerable.Range(0, 1050).Select(i => $"many/{i:D4}.txt").ToList();
        await Parallel.ForEachAsync(names, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (name, token) =>
            await Sut.UploadAsync(_container, name, new byte[] { 1 }, new BlobUploadOptions { Metadata = new Dictionary<string, string> { ["n"] = name[5..9] } }, token));
        await Sut.UploadAsync(_container, "other/x.txt", new byte[] { 1 });

        var listed = await Sut.ListAsync(_container, "many/", pageSize: 400).ToListAsync();

        Assert.Equal(names, listed.Select(b => b.Name));
        Assert.Equal("1049", listed[^1].Metadata["n"]);
        Assert.All(listed, b => Assert.Equal(1, b.ContentLength));
    }

    [Theory]
    [InlineData("Upper")]
    [InlineData("a")]
    [InlineData("double--dash")]
    [InlineData("-start")]
    public async Task CreateContainerIfNotExistsAsync_InvalidName_ThrowsBeforeSending(string name)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Sut.CreateContainerIfNotExistsAsync(name));
    }

    [Theory]
    [InlineData("a/../b")]
    [InlineData("./a")]
    [InlineData("ends/")]
    [InlineData("ends.")]
    [InlineData("ctrl\u0001")]
    [InlineData("")]
    public async Task UploadAsync_InvalidBlobName_ThrowsBeforeSending(string name)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Sut.UploadAsync(_container, name, new byte[] { 1 }));
    }

    [Theory]
    [InlineData("has-dash", "v")]
    [InlineData("1digit", "v")]
    [InlineData("ok", "non-ascii é")]
    [InlineData("ok", "line\nbreak")]
    public async Task UploadAsync_InvalidMetadata_ThrowsBeforeSending(string key, string value)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Sut.UploadAsync(_container, "a.txt", new byte[] { 1 }, new BlobUploadOptions { Metadata = new Dictionary<string, string> { [key] = value } }));
    }

    [Fact]
    public async Task UploadAsync_MissingContainer_ThrowsWithServiceErrorCodeAndRequestId()
    {
        var error = await Assert.ThrowsAsync<StorageRequestFailedException>(() => Sut.UploadAsync(AzuriteFixture.UniqueName("none"), "a.txt", new byte[] { 1 }));

        Assert.Equal(404, error.Status);
        Assert.Equal("ContainerNotFound", error.ErrorCode);
        Assert.Equal("PutBlob", error.Operation);
        Assert.False(string.IsNullOrEmpty(error.RequestId));
    }
}
