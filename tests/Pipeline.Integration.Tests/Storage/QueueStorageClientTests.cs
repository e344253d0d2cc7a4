using System.Text;
using Pipeline.Integration.Tests.Support;
using Pipeline.Storage;
using Pipeline.Storage.Http;
using Pipeline.Storage.Queues;

namespace Pipeline.Integration.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class QueueStorageClientTests(AzuriteFixture fixture) : IAsyncLifetime
{
    private readonly string _queue = AzuriteFixture.UniqueName("q");

    private QueueStorageClient Sut => fixture.Account.Queues;

    public async Task InitializeAsync() => await Sut.CreateIfNotExistsAsync(_queue);

    public async Task DisposeAsync() => await Sut.DeleteIfExistsAsync(_queue);

    [Fact]
    public async Task CreateIfNotExistsAsync_Twice_ReturnsTrueThenFalse()
    {
        var queue = AzuriteFixture.UniqueName("q");

        Assert.True(await Sut.CreateIfNotExistsAsync(queue));
        Assert.False(await Sut.CreateIfNotExistsAsync(queue));
        Assert.True(await Sut.DeleteIfExistsAsync(queue));
        Assert.False(await Sut.DeleteIfExistsAsync(queue));
    }

    [Fact]
    public async Task SendAsync_Default_StoresBase64OfUtf8()
    {
        await Sut.SendAsync(_queue, "{\"title\":\"Zürich <&> ünïcode\"}");

        var raw = Assert.Single(await RawClient().PeekAsync(_queue));

        Assert.Equal(Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"title\":\"Zürich <&> ünïcode\"}")), raw.Text);
    }

    [Fact]
    public async Task SendAsync_RawEncoding_RoundTripsXmlSpecialCharactersAndLineBreaks()
    {
        var raw = RawClient();
        const string text = "<a href=\"x\">&amp; 'q'</a>\r\nline2\ttab";

        await raw.SendAsync(_queue, text);
        var received = Assert.Single(await raw.ReceiveAsync(_queue, 1, TimeSpan.FromSeconds(30)));

        Assert.Equal(text, received.Text);
    }

    [Fact]
    public async Task ReceiveAsync_ThirtyFiveMessages_ReturnsAtMostThirtyTwoAndHidesThem()
    {
        for (var i = 0; i < 35; i++)
        {
            await Sut.SendAsync(_queue, $"m{i}");
        }

        var first = await Sut.ReceiveAsync(_queue, 32, TimeSpan.FromSeconds(30));
        var second = await Sut.ReceiveAsync(_queue, 32, TimeSpan.FromSeconds(30));

        Assert.Equal(32, first.Count);
        Assert.Equal(3, second.Count);
        Assert.Equal(35, first.Concat(second).Select(m => m.Text).Distinct().Count());
        Assert.All(first, m => Assert.Equal(1, m.DequeueCount));
    }

    [Fact]
    public async Task UpdateVisibilityAsync_NewReceipt_OldReceiptCanNoLongerDelete()
    {
        await Sut.SendAsync(_queue, "lease me");
        var message = Assert.Single(await Sut.ReceiveAsync(_queue, 1, TimeSpan.FromSeconds(30)));

        var newReceipt = await Sut.UpdateVisibilityAsync(_queue, message.MessageId, message.PopReceipt, TimeSpan.FromSeconds(60));
        var staleDelete = await Sut.DeleteMessageAsync(_queue, message.MessageId, message.PopReceipt);
        var delete = await Sut.DeleteMessageAsync(_queue, message.MessageId, newReceipt);
        var deleteAgain = await Sut.DeleteMessageAsync(_queue, message.MessageId, newReceipt);

        Assert.NotEqual(message.PopReceipt, newReceipt);
        Assert.Equal((false, true, false), (staleDelete, delete, deleteAgain));
        Assert.Equal(0, await Sut.GetApproximateCountAsync(_queue));
    }

    [Fact]
    public async Task UpdateVisibilityAsync_Zero_MakesTheMessageVisibleAgainAtOnce()
    {
        await Sut.SendAsync(_queue, "retry me");
        var message = Assert.Single(await Sut.ReceiveAsync(_queue, 1, TimeSpan.FromMinutes(5)));

        await Sut.UpdateVisibilityAsync(_queue, message.MessageId, message.PopReceipt, TimeSpan.Zero);
        var again = Assert.Single(await Sut.ReceiveAsync(_queue, 1, TimeSpan.FromSeconds(30)));

        Assert.Equal(message.MessageId, again.MessageId);
        Assert.Equal(2, again.DequeueCount);
    }

    [Fact]
    public async Task PeekAsync_VisibleMessages_DoesNotDequeueOrHide()
    {
        await Sut.SendAsync(_queue, "a");
        await Sut.SendAsync(_queue, "b");

        var peeked = await Sut.PeekAsync(_queue);
        var received = await Sut.ReceiveAsync(_queue, 32, TimeSpan.FromSeconds(30));

        Assert.Equal(["a", "b"], peeked.Select(m => m.Text));
        Assert.All(peeked, m => Assert.Equal(0, m.DequeueCount));
        Assert.Equal(2, received.Count);
        Assert.Equal(2, await Sut.GetApproximateCountAsync(_queue));
    }

    [Fact]
    public async Task SendAsync_InitialDelay_HidesTheMessageUntilThen()
    {
        await Sut.SendAsync(_queue, "later", TimeSpan.FromMinutes(5));

        Assert.Empty(await Sut.ReceiveAsync(_queue, 1, TimeSpan.FromSeconds(30)));
        Assert.Equal(1, await Sut.GetApproximateCountAsync(_queue));
    }

    [Fact]
    public async Task SendAsync_OverSixtyFourKiBOnceEncoded_ThrowsBeforeSending()
    {
        var fits = new string('x', 49_152);
        var tooBig = new string('x', 49_153);

        await Sut.SendAsync(_queue, fits);
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Sut.SendAsync(_queue, tooBig));

        Assert.Contains("65536", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, await Sut.GetApproximateCountAsync(_queue));
    }

    [Fact]
    public async Task SendAsync_RawTextWithControlCharacter_ThrowsBeforeSending()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => RawClient().SendAsync(_queue, "bell\u0007"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(33)]
    public async Task ReceiveAsync_CountOutOfRange_ThrowsBeforeSending(int count)
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Sut.ReceiveAsync(_queue, count, TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task CreateIfNotExistsAsync_InvalidName_ThrowsBeforeSending()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Sut.CreateIfNotExistsAsync("Claims"));
    }

    private QueueStorageClient RawClient() =>
        new(StorageHttp.CreateClient(fixture.Azurite.Connection, StorageService.Queue, new StorageOptions(), TimeProvider.System), fixture.Azurite.Connection, QueueMessageEncoding.None);
}
