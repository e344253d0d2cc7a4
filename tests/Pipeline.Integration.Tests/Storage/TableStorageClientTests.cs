using Pipeline.Integration.Tests.Support;
using Pipeline.Storage.Tables;

namespace Pipeline.Integration.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed partial class TableStorageClientTests(AzuriteFixture fixture) : IAsyncLifetime
{
    private readonly string _table = AzuriteFixture.UniqueName("t");

    private TableStorageClient Sut => fixture.Account.Tables;

    public async Task InitializeAsync() => await Sut.CreateIfNotExistsAsync(_table);

    public async Task DisposeAsync() => await Sut.DeleteTableIfExistsAsync(_table);

    [Fact]
    public async Task CreateIfNotExistsAsync_Twice_ReturnsTrueThenFalse()
    {
        var table = AzuriteFixture.UniqueName("t");

        Assert.True(await Sut.CreateIfNotExistsAsync(table));
        Assert.False(await Sut.CreateIfNotExistsAsync(table));
        Assert.True(await Sut.DeleteTableIfExistsAsync(table));
        Assert.False(await Sut.DeleteTableIfExistsAsync(table));
    }

    [Fact]
    public async Task UpsertAsync_EveryType_RoundTripsTypeAndValue()
    {
        var when = new DateTimeOffset(2026, 11, 22, 4, 0, 0, TimeSpan.Zero).AddTicks(1234567);
        var id = Guid.NewGuid();
        var entity = new TableEntity("o'brien daily", "it's 2026/x".Replace('/', '-'))
        {
            ["Count"] = 12345678901L, ["Small"] = 7, ["Score"] = 0.875, ["Whole"] = 2.0, ["Nan"] = double.NaN,
            ["PosInf"] = double.PositiveInfinity, ["NegInf"] = double.NegativeInfinity, ["Huge"] = 1e300, ["Tiny"] = -5e-324,
            ["When"] = when, ["Utc"] = new DateTime(2020, 2, 29, 12, 0, 0, DateTimeKind.Utc), ["Id"] = id,
            ["Hash"] = new byte[] { 0, 1, 2, 255 }, ["Flag"] = true, ["Name"] = "Zürich “quotes” 😀", ["Empty"] = string.Empty,
        };

        await Sut.UpsertAsync(_table, entity);
        var read = (await Sut.GetIfExistsAsync(_table, entity.PartitionKey, entity.RowKey))!;

        Assert.Equal(12345678901L, read["Count"]);
        Assert.Equal(7, read["Small"]);
        Assert.Equal(0.875, read["Score"]);
        Assert.Equal(2.0, Assert.IsType<double>(read["Whole"]));
        Assert.True(double.IsNaN(Assert.IsType<double>(read["Nan"])));
        Assert.Equal(double.PositiveInfinity, read["PosInf"]);
        Assert.Equal(double.NegativeInfinity, read["NegInf"]);
        Assert.Equal(1e300, read["Huge"]);
        Assert.Equal(-5e-324, read["Tiny"]);
        Assert.Equal(when, read["When"]);
        Assert.Equal(new DateTimeOffset(2020, 2, 29, 12, 0, 0, TimeSpan.Zero), read.GetDateTime("Utc"));
        Assert.Equal(id, read["Id"]);
        Assert.Equal(new byte[] { 0, 1, 2, 255 }, read["Hash"]);
        Assert.Equal(true, read["Flag"]);
        Assert.Equal("Zürich “quotes” 😀", read["Name"]);
        Assert.Equal(string.Empty, read["Empty"]);
        Assert.NotNull(read.ETag);
        Assert.NotNull(read.Timestamp);
    }

    [Fact]
    public async Task UpsertAsync_ReplaceDropsMissingProperties_MergeKeepsThem()
    {
        await Sut.UpsertAsync(_table, new TableEntity("p", "replace") { ["A"] = "a", ["B"] = "b" });
        await Sut.UpsertAsync(_table, new TableEntity("p", "merge") { ["A"] = "a", ["B"] = "b" });

        await Sut.UpsertAsync(_table, new TableEntity("p", "replace") { ["A"] = "a2" }, TableUpdateMode.Replace);
        await Sut.UpsertAsync(_table, new TableEntity("p", "merge") { ["A"] = "a2" }, TableUpdateMode.Merge);
        var replaced = (await Sut.GetIfExistsAsync(_table, "p", "replace"))!;
        var merged = (await Sut.GetIfExistsAsync(_table, "p", "merge"))!;

        Assert.Equal(["A"], replaced.Properties.Keys);
        Assert.Equal(("a2", "b"), (merged.GetString("A"), merged.GetString("B")));
    }

    [Fact]
    public async Task InsertAsync_ExistingRow_ReturnsNull()
    {
        Assert.NotNull(await Sut.InsertAsync(_table, new TableEntity("p", "r") { ["V"] = 1 }));
        Assert.Null(await Sut.InsertAsync(_table, new TableEntity("p", "r") { ["V"] = 2 }));
        Assert.Equal(1, (await Sut.GetIfExistsAsync(_table, "p", "r"))!["V"]);
    }

    [Fact]
    public async Task UpdateAsync_StaleETag_ReturnsNullAndKeepsTheNewerValue()
    {
        var v1 = await Sut.UpsertAsync(_table, new TableEntity("p", "r") { ["V"] = 1 });
        var v2 = await Sut.UpdateAsync(_table, new TableEntity("p", "r") { ["V"] = 2 }, v1!);

        var stale = await Sut.UpdateAsync(_table, new TableEntity("p", "r") { ["V"] = 3 }, v1!);

        Assert.NotNull(v2);
        Assert.Null(stale);
        Assert.Equal(2, (await Sut.GetIfExistsAsync(_table, "p", "r"))!["V"]);
    }

    [Fact]
    public async Task DeleteIfExistsAsync_StaleETagThenCurrent_FalseThenTrueThenFalse()
    {
        var v1 = await Sut.UpsertAsync(_table, new TableEntity("p", "r") { ["V"] = 1 });
        var v2 = await Sut.UpsertAsync(_table, new TableEntity("p", "r") { ["V"] = 2 });

        var stale = await Sut.DeleteIfExistsAsync(_table, "p", "r", v1!);
        var current = await Sut.DeleteIfExistsAsync(_table, "p", "r", v2!);
        var gone = await Sut.DeleteIfExistsAsync(_table, "p", "r");

        Assert.Equal((false, true, false), (stale, current, gone));
        Assert.Null(await Sut.GetIfExistsAsync(_table, "p", "r"));
    }

    [Fact]
    public async Task QueryAsync_FilterSelectAndTop_ReturnsOnlyMatchingRowsAndProperties()
    {
        for (var i = 0; i < 10; i++)
        {
            await Sut.UpsertAsync(_table, new TableEntity("src", $"r{i}") { ["Score"] = i / 10.0, ["Name"] = i % 2 == 0 ? "O'Brien" : "x' or 'a' eq 'a" });
        }

        var filter = TableFilter.Equal("PartitionKey", "src").And(TableFilter.Equal("Name", "O'Brien")).And(TableFilter.Compare("Score", "ge", 0.4));
        var rows = await Sut.QueryAsync(_table, new TableQuery(filter, ["Score"], PageSize: 2)).ToListAsync();
        var hostile = await Sut.QueryAsync(_table, new TableQuery(TableFilter.Equal("Name", "x' or 'a' eq 'a"))).ToListAsync();

        Assert.Equal(["r4", "r6", "r8"], rows.Select(r => r.RowKey));
        Assert.All(rows, r => Assert.Equal(["Score"], r.Properties.Keys));
        Assert.Equal(5, hostile.Count);
    }

    [Fact]
    public async Task QueryPagesAsync_MoreThanAThousandEntities_PagesWithContinuationTokens()
    {
        for (var p = 0; p < 11; p++)
        {
            var batch = Enumerable.Range(0, 100).Select(i => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity($"p{p:D2}", $"r{i:D3}") { ["N"] = (p * 100) + i })).ToList();
            await Sut.SubmitTransactionAsync(_table, batch);
        }

        var pages = await Sut.QueryPagesAsync(_table, new TableQuery()).ToListAsync();
        var resumed = await Sut.QueryPagesAsync(_table, new TableQuery(), pages[0].ContinuationToken).ToListAsync();
        var all = await Sut.QueryAsync(_table).ToListAsync();

        Assert.Equal(2, pages.Count);
        Assert.Equal(1000, pages[0].Items.Count);
        Assert.NotNull(pages[0].ContinuationToken);
        Assert.Null(pages[1].ContinuationToken);
        Assert.Equal(100, resumed.Sum(p => p.Items.Count));
        Assert.Equal(Enumerable.Range(0, 1100), all.Select(e => (int)e["N"]!));
    }

    [Fact]
    public async Task QueryPagesAsync_ForeignContinuationToken_ThrowsFormatException()
    {
        await Assert.ThrowsAsync<FormatException>(async () => await Sut.QueryPagesAsync(_table, new TableQuery(), "not-ours!").ToListAsync());
    }
}
