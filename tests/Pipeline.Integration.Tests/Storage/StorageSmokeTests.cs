using System.Text;
using Pipeline.Integration.Tests.Support;
using Pipeline.Storage.Blobs;
using Pipeline.Storage.Tables;

namespace Pipeline.Integration.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public class StorageSmokeTests(AzuriteFixture fixture)
{
    [Fact]
    public async Task Blob_UploadDownloadList_RoundTripsContentAndMetadata()
    {
        var blobs = fixture.Account.Blobs;
        var container = AzuriteFixture.UniqueName("c");
        Assert.True(await blobs.CreateContainerIfNotExistsAsync(container));
        Assert.False(await blobs.CreateContainerIfNotExistsAsync(container));

        var etag = await blobs.UploadAsync(container, "outlet a/x+y.txt", Encoding.UTF8.GetBytes("hello"),
            new BlobUploadOptions { ContentType = "text/plain", Metadata = new Dictionary<string, string> { ["source"] = "outlet-a" } });
        var downloaded = await blobs.DownloadIfExistsAsync(container, "outlet a/x+y.txt");
        var listed = await blobs.ListAsync(container, prefix: "outlet a/").ToListAsync();

        Assert.Equal("hello", Encoding.UTF8.GetString(downloaded!.Content));
        Assert.Equal(etag, downloaded.ETag);
        Assert.Equal("outlet-a", downloaded.Metadata["source"]);
        Assert.Equal("outlet a/x+y.txt", Assert.Single(listed).Name);
        Assert.Equal("outlet-a", listed[0].Metadata["source"]);
        Assert.Null(await blobs.UploadAsync(container, "outlet a/x+y.txt", new byte[1], new BlobUploadOptions { OnlyIfNotExists = true }));
    }

    [Fact]
    public async Task Queue_SendReceiveDelete_DecodesBase64AndCountsDequeues()
    {
        var queues = fixture.Account.Queues;
        var queue = AzuriteFixture.UniqueName("q");
        await queues.CreateIfNotExistsAsync(queue);

        await queues.SendAsync(queue, "{\"articleId\":\"a\"}");
        var first = Assert.Single(await queues.ReceiveAsync(queue, 32, TimeSpan.FromSeconds(1)));
        await Task.Delay(1500);
        var second = Assert.Single(await queues.ReceiveAsync(queue, 32, TimeSpan.FromSeconds(30)));
        Assert.True(await queues.DeleteMessageAsync(queue, second.MessageId, second.PopReceipt));

        Assert.Equal("{\"articleId\":\"a\"}", first.Text);
        Assert.Equal(1, first.DequeueCount);
        Assert.Equal(2, second.DequeueCount);
        Assert.Equal(0, await queues.GetApproximateCountAsync(queue));
    }

    [Fact]
    public async Task Table_UpsertQueryAndBatch_RoundTripTypesAndPages()
    {
        var tables = fixture.Account.Tables;
        var table = AzuriteFixture.UniqueName("t");
        await tables.CreateIfNotExistsAsync(table);
        var when = new DateTimeOffset(2025, 5, 23, 10, 0, 0, TimeSpan.Zero);
        var entity = new TableEntity("o'brien", "r1") { ["Count"] = 12345678901L, ["Score"] = 2.0, ["When"] = when, ["Name"] = "x" };

        await tables.UpsertAsync(table, entity);
        var batch = Enumerable.Range(0, 100).Select(i => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity("p", $"r{i:D3}") { ["N"] = i })).ToList();
        await tables.SubmitTransactionAsync(table, batch);
        var read = await tables.GetIfExistsAsync(table, "o'brien", "r1");
        var pages = await tables.QueryPagesAsync(table, new TableQuery(TableFilter.Equal("PartitionKey", "p"), PageSize: 30)).ToListAsync();

        Assert.Equal(12345678901L, read!["Count"]);
        Assert.Equal(2.0, read.GetDouble("Score"));
        Assert.Equal(when, read["When"]);
        Assert.Equal(4, pages.Count);
        Assert.Equal(100, pages.Sum(p => p.Items.Count));
    }
}
