using Pipeline.Storage.Tables;

namespace Pipeline.Host.Persistence;

/// <summary>The outcome of one uploaded blob, keyed by a hash of its name.</summary>
public sealed record UploadRow(string Blob, UploadStatus Status, string? ArticleId, string? Reason, DateTimeOffset At)
{
    public TableEntity ToEntity()
    {
        var key = KeyHash.Of(Blob);
        return new TableEntity(KeyHash.Bucket(key), key)
        {
            ["Blob"] = Blob,
            ["Status"] = Status.ToString().ToLowerInvariant(),
            ["ArticleId"] = ArticleId,
            ["Reason"] = Reason,
            ["At"] = At,
        };
    }

    public static UploadRow FromEntity(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new UploadRow(
            entity.GetString("Blob") ?? string.Empty,
            Enum.TryParse<UploadStatus>(entity.GetString("Status"), ignoreCase: true, out var status) ? status : UploadStatus.Rejected,
            entity.GetString("ArticleId"),
            entity.GetString("Reason"),
            entity.GetDateTime("At") ?? DateTimeOffset.MinValue);
    }
}
