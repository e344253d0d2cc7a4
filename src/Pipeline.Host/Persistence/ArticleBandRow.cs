using System.Globalization;
using Pipeline.Core.Reliability.Copies;
using Pipeline.Storage.Tables;

namespace Pipeline.Host.Persistence;

/// <summary>
/// An article under one of its 16 MinHash bands: a partition per band, rows keyed by band hash then article, so the
/// articles sharing a band are one prefix query and a full rebuild writes in batches.
/// </summary>
public static class ArticleBandRow
{
    public static IEnumerable<TableEntity> ToEntities(string articleId, ulong[] signature) =>
        NearDuplicates.BandsOf(signature).Select(b => new TableEntity(PartitionOf(b.Band), Prefix(b.Hash) + articleId) { ["ArticleId"] = articleId });

    /// <summary>One query per band: the rows of every article that shares the band with <paramref name="signature"/>.</summary>
    public static IEnumerable<TableFilter> CandidateFilters(ulong[] signature) =>
        NearDuplicates.BandsOf(signature).Select(b =>
            TableFilter.Equal("PartitionKey", PartitionOf(b.Band)).And(TableFilter.StartsWith("RowKey", Prefix(b.Hash))));

    private static string PartitionOf(int band) => "b" + band.ToString("D2", CultureInfo.InvariantCulture);

    private static string Prefix(ulong hash) => hash.ToString("x16", CultureInfo.InvariantCulture) + "|";
}
