using Pipeline.Host.Persistence;
using Pipeline.Storage.Tables;

namespace Pipeline.Integration.Tests.Host;

/// <summary>The service's limits that Azurite does not enforce: 4 MiB per batch, 32K characters per string.</summary>
public class TableLimitsTests
{
    [Fact]
    public void Chunks_LargeRows_StayUnderTheBatchByteLimit()
    {
        var rows = Enumerable.Range(0, 100).Select(i => new TableEntity("p", $"r{i:D3}") { ["Explanation"] = new string('x', 30_000) }).ToList();

        var chunks = TableBatches.Chunks(rows).ToList();

        Assert.True(chunks.Count > 1, "100 rows of 30K characters must not go in one 4 MiB batch");
        Assert.All(chunks, c => Assert.True(c.Sum(TableBatches.EstimatedBytes) <= 4L * 1024 * 1024));
        Assert.Equal(rows.Select(r => r.RowKey), chunks.SelectMany(c => c).Select(r => r.RowKey));
    }

    [Fact]
    public void Chunks_SmallRows_FillBatchesOfAHundred()
    {
        var rows = Enumerable.Range(0, 250).Select(i => new TableEntity("p", $"r{i:D3}") { ["Score"] = 0.5 }).ToList();

        Assert.Equal([100, 100, 50], TableBatches.Chunks(rows).Select(c => c.Count));
    }

    [Fact]
    public void FactRow_ThousandsOfSides_KeepsTheFirstOnesThatFit()
    {
        var sources = Enumerable.Range(0, 3000).Select(i => $"outlet-with-a-long-name-{i:D4}").ToList();

        var joined = FactRow.JoinCapped(sources);
        var capped = FactRow.Capped(sources);

        Assert.InRange(joined.Length, 29_000, 30_000);
        Assert.StartsWith("outlet-with-a-long-name-0000,outlet-with-a-long-name-0001,", joined, StringComparison.Ordinal);
        Assert.InRange(capped.Length, 2, 30_000);
        Assert.StartsWith("[\"outlet-with-a-long-name-0000\"", capped, StringComparison.Ordinal);
        Assert.Equal("[\"a\",\"b\"]", FactRow.Capped(["a", "b"]));
    }
}
