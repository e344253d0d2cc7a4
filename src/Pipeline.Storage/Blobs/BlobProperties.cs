namespace Pipeline.Storage.Blobs;

/// <summary>A blob's properties and metadata, read without its content (HEAD).</summary>
public sealed record BlobProperties(
    string ETag,
    long ContentLength,
    string? ContentType,
    DateTimeOffset? LastModified,
    IReadOnlyDictionary<string, string> Metadata,
    string? LeaseState);
