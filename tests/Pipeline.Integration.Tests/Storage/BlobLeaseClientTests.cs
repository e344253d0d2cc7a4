using System.Text;
using Pipeline.Integration.Tests.Support;
using Pipeline.Storage;
using Pipeline.Storage.Blobs;

namespace Pipeline.Integration.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class BlobLeaseClientTests(AzuriteFixture fixture) : IAsyncLifetime
{
    private readonly string _container = AzuriteFixture.UniqueName("lease");

    private BlobLeaseClient Sut => fixture.Account.Leases;

    public async Task InitializeAsync()
    {
        await fixture.Account.Blobs.CreateContainerIfNotExistsAsync(_container);
        await fixture.Account.Blobs.UploadAsync(_container, "lock", Encoding.UTF8.GetBytes("x"));
    }

    public async Task DisposeAsync() => await fixture.Account.Blobs.DeleteContainerIfExistsAsync(_container);

    [Fact]
    public async Task AcquireAsync_FreeBlob_ReturnsTheProposedLeaseId()
    {
        var proposed = Guid.NewGuid().ToString();

        var leaseId = await Sut.AcquireAsync(_container, "lock", TimeSpan.FromSeconds(15), proposed);

        Assert.Equal(proposed, leaseId);
        Assert.Equal("leased", (await fixture.Account.Blobs.GetPropertiesIfExistsAsync(_container, "lock"))!.LeaseState);
    }

    [Fact]
    public async Task AcquireAsync_HeldBySomeoneElse_ReturnsNull()
    {
        await Sut.AcquireAsync(_container, "lock", TimeSpan.FromSeconds(15));

        Assert.Null(await Sut.AcquireAsync(_container, "lock", TimeSpan.FromSeconds(15)));
    }

    [Fact]
    public async Task RenewAsync_HeldLease_ReturnsTrue_AndForeignLeaseIdReturnsFalse()
    {
        var leaseId = await Sut.AcquireAsync(_container, "lock", TimeSpan.FromSeconds(15));

        Assert.True(await Sut.RenewAsync(_container, "lock", leaseId!));
        Assert.False(await Sut.RenewAsync(_container, "lock", Guid.NewGuid().ToString()));
    }

    [Fact]
    public async Task ReleaseAsync_HeldLease_LetsAnotherOwnerAcquire()
    {
        var first = await Sut.AcquireAsync(_container, "lock", TimeSpan.FromSeconds(60));

        await Sut.ReleaseAsync(_container, "lock", first!);
        var second = await Sut.AcquireAsync(_container, "lock", TimeSpan.FromSeconds(15));

        Assert.NotNull(second);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task UploadAsync_LeasedBlob_NeedsTheLeaseId()
    {
        var leaseId = await Sut.AcquireAsync(_container, "lock", TimeSpan.FromSeconds(15));

        var withoutLease = await Assert.ThrowsAsync<StorageRequestFailedException>(() => fixture.Account.Blobs.UploadAsync(_container, "lock", new byte[] { 2 }));
        var withLease = await fixture.Account.Blobs.UploadAsync(_container, "lock", new byte[] { 2 }, new BlobUploadOptions { LeaseId = leaseId });

        Assert.Equal(412, withoutLease.Status);
        Assert.Equal("LeaseIdMissing", withoutLease.ErrorCode);
        Assert.NotNull(withLease);
    }

    [Theory]
    [InlineData(14)]
    [InlineData(61)]
    public async Task AcquireAsync_DurationOutOfRange_ThrowsBeforeSending(int seconds)
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Sut.AcquireAsync(_container, "lock", TimeSpan.FromSeconds(seconds)));
    }
}
