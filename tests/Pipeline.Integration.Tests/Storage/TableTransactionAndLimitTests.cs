using Pipeline.Storage;
using Pipeline.Storage.Tables;

namespace Pipeline.Integration.Tests.Storage;

public sealed partial class TableStorageClientTests
{
    [Fact]
    public async Task SubmitTransactionAsync_OneActionFails_ReportsItsIndexAndAppliesNothing()
    {
        await Sut.UpsertAsync(_table, new TableEntity("p", "r3") { ["V"] = "existing" });
        var actions = Enumerable.Range(0, 6)
            .Select(i => new TableTransactionAction(i == 3 ? TableTransactionActionType.Insert : TableTransactionActionType.UpsertReplace, new TableEntity("p", $"r{i}") { ["V"] = "batch" }))
            .ToList();

        var error = await Assert.ThrowsAsync<StorageRequestFailedException>(() => Sut.SubmitTransactionAsync(_table, actions));
        var rows = await Sut.QueryAsync(_table, new TableQuery(TableFilter.Equal("PartitionKey", "p"))).ToListAsync();

        Assert.Equal(3, error.FailedActionIndex);
        Assert.Equal(409, error.Status);
        Assert.Equal("EntityAlreadyExists", error.ErrorCode);
        Assert.Contains("action 3 of 6", error.Message, StringComparison.Ordinal);
        Assert.Equal("existing", Assert.Single(rows).GetString("V"));
    }

    [Fact]
    public async Task SubmitTransactionAsync_MixedActions_AppliesAllAtomically()
    {
        var etag = await Sut.UpsertAsync(_table, new TableEntity("p", "update") { ["V"] = 1, ["Keep"] = "k" });
        await Sut.UpsertAsync(_table, new TableEntity("p", "delete") { ["V"] = 1 });

        await Sut.SubmitTransactionAsync(_table,
        [
            new(TableTransactionActionType.Insert, new TableEntity("p", "insert") { ["V"] = 1 }),
            new(TableTransactionActionType.UpdateMerge, new TableEntity("p", "update") { ETag = etag, ["V"] = 2 }),
            new(TableTransactionActionType.Delete, new TableEntity("p", "delete")),
            new(TableTransactionActionType.UpsertMerge, new TableEntity("p", "upsert") { ["V"] = 4 }),
        ]);
        var rows = (await Sut.QueryAsync(_table).ToListAsync()).ToDictionary(e => e.RowKey);

        Assert.Equal(["insert", "update", "upsert"], rows.Keys.Order());
        Assert.Equal((2, "k"), ((int)rows["update"]["V"]!, rows["update"].GetString("Keep")));
    }

    [Fact]
    public async Task SubmitTransactionAsync_StaleETag_FailsWithPreconditionAndIndex()
    {
        var v1 = await Sut.UpsertAsync(_table, new TableEntity("p", "r") { ["V"] = 1 });
        await Sut.UpsertAsync(_table, new TableEntity("p", "r") { ["V"] = 2 });

        var error = await Assert.ThrowsAsync<StorageRequestFailedException>(() => Sut.SubmitTransactionAsync(_table,
        [
            new(TableTransactionActionType.UpsertReplace, new TableEntity("p", "other")),
            new(TableTransactionActionType.UpdateReplace, new TableEntity("p", "r") { ETag = v1, ["V"] = 3 }),
        ]));

        Assert.Equal(412, error.Status);
        Assert.Equal(1, error.FailedActionIndex);
    }

    [Fact]
    public async Task SubmitTransactionAsync_InvalidShape_ThrowsBeforeSending()
    {
        TableTransactionAction Upsert(string pk, string rk) => new(TableTransactionActionType.UpsertReplace, new TableEntity(pk, rk));

        await Assert.ThrowsAsync<ArgumentException>(() => Sut.SubmitTransactionAsync(_table, Enumerable.Range(0, 101).Select(i => Upsert("p", $"r{i}")).ToList()));
        await Assert.ThrowsAsync<ArgumentException>(() => Sut.SubmitTransactionAsync(_table, [Upsert("p1", "r"), Upsert("p2", "r")]));
        await Assert.ThrowsAsync<ArgumentException>(() => Sut.SubmitTransactionAsync(_table, [Upsert("p", "r"), Upsert("p", "r")]));
    }

    [Fact]
    public async Task UpsertAsync_EntityBeyondServiceLimits_ThrowsBeforeSending()
    {
        var tooManyProperties = new TableEntity("p", "r");
        for (var i = 0; i < 253; i++)
        {
            tooManyProperties[$"P{i}"] = i;
        }

        var longString = new TableEntity("p", "r") { ["S"] = new string('x', 32 * 1024 + 1) };
        var bigBinary = new TableEntity("p", "r") { ["B"] = new byte[64 * 1024 + 1] };
        var tooBig = new TableEntity("p", "r");
        for (var i = 0; i < 17; i++)
        {
            tooBig[$"S{i}"] = new string('x', 32 * 1024);
        }

        foreach (var entity in new[] { tooManyProperties, longString, bigBinary, tooBig })
        {
            await Assert.ThrowsAsync<ArgumentException>(() => Sut.UpsertAsync(_table, entity));
        }

        Assert.Empty(await Sut.QueryAsync(_table).ToListAsync());
    }

    [Theory]
    [InlineData("PartitionKey")]
    [InlineData("odata.etag")]
    [InlineData("a@odata.type")]
    [InlineData("has space")]
    public async Task UpsertAsync_ReservedOrInvalidPropertyName_ThrowsBeforeSending(string name)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Sut.UpsertAsync(_table, new TableEntity("p", "r") { [name] = "x" }));
    }

    [Fact]
    public async Task UpsertAsync_UnspecifiedDateTimeOrDateBefore1601_ThrowsBeforeSending()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Sut.UpsertAsync(_table, new TableEntity("p", "r") { ["D"] = new DateTime(2026, 1, 1) }));
        await Assert.ThrowsAsync<ArgumentException>(() => Sut.UpsertAsync(_table, new TableEntity("p", "r") { ["D"] = new DateTimeOffset(1600, 1, 1, 0, 0, 0, TimeSpan.Zero) }));
    }
}
