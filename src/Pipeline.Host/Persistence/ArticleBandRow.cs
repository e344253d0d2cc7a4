using System.Globalization;
using Pipeline.Core.Reliability.Copies;
using Pipeline.Storage.Tables;

namespace Pipeline.Host.Persistence;

/// <summary>
/// An article under each of its 16 MinHash bands: partitioned by band and the first two hex digits of the band's hash
/// (4,096 partitions, so none grows large), rows keyed by the hash then the article, so the articles sharing a band
/// are one prefix query.
/// </summary>
public static class ArticleBandRow
{
    public static IEnumerable<TableEntity> ToEntities(string articleId, ulong[] signature) =>
        NearDuplicates.BandsOf(signature).Select(b => new TableEntity(PartitionOf(b.Band, b.Hash), Prefix(b.Hash) + articleId) { ["ArticleId"] = articleId });

    /// <summary>One query per band: the rows of every article that shares the band with <paramref name="signature"/>.</summary>
    public static IEnumerable<TableFilter> CandidateFilters(ulong[] signature) =>
        NearDuplicates.BandsOf(signature).Select(b =>
            TableFilter.Equal("PartitionKey", PartitionOf(b.Band, b.Hash)).And(TableFilter.StartsWith("RowKey", Prefix(b.Hash))));

    private static string PartitionOf(int band, ulong hash) => "b" + band.ToString("D2", CultureInfo.InvariantCulture) + Prefix(hash)[..2];

    private static string Prefix(ulong hash) => hash.ToString("x16", CultureInfo.InvariantCulture) + "|";
}
