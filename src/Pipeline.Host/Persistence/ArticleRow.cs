using Pipeline.Storage.Tables;

namespace Pipeline.Host.Persistence;

/// <summary>An article's metadata and progress. The text lives in the normalised-article blob.</summary>
public sealed record ArticleRow(string ArticleId, string Source, string? PublishedAt, string? Title, string FirstBlob, string Status, int ClaimCount, DateTimeOffset IngestedAt)
{
    public const string Queued = "queued";
    public const string Processed = "processed";

    /// <summary>The MinHash signature of the text, kept so the rollup can spot near-duplicates without reading texts.</summary>
    public ulong[]? Fingerprint { get; init; }

    /// <summary>True when the upload carried no date and <see cref="PublishedAt"/> was inferred from the text.</summary>
    public bool PublishedInferred { get; init; }

    public static string PartitionOf(string articleId) => KeyHash.Bucket(articleId);

    public TableEntity ToEntity() => new(PartitionOf(ArticleId), ArticleId)
    {
        ["Source"] = Source,
        ["PublishedAt"] = PublishedAt,
        ["Title"] = Title is { Length: > 1000 } ? Title[..1000] : Title,
        ["FirstBlob"] = FirstBlob,
        ["Status"] = Status,
        ["ClaimCount"] = ClaimCount,
        ["IngestedAt"] = IngestedAt,
        ["PublishedInferred"] = PublishedInferred,
        ["Fingerprint"] = Fingerprint is null ? null : System.Runtime.InteropServices.MemoryMarshal.AsBytes(Fingerprint.AsSpan()).ToArray(),
    };

    public static ArticleRow FromEntity(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new ArticleRow(
            entity.RowKey,
            entity.GetString("Source") ?? string.Empty,
            entity.GetString("PublishedAt"),
            entity.GetString("Title"),
            entity.GetString("FirstBlob") ?? string.Empty,
            entity.GetString("Status") ?? Queued,
            (int)(entity.GetInt64("ClaimCount") ?? 0),
            entity.GetDateTime("IngestedAt") ?? DateTimeOffset.MinValue)
        {
            PublishedInferred = entity.GetBoolean("PublishedInferred") ?? false,
        };
    }
}
