namespace Pipeline.Storage.Blobs;

/// <summary>A listed blob.</summary>
public sealed record BlobItem(string Name, string ETag, long ContentLength, DateTimeOffset? LastModified, IReadOnlyDictionary<string, string> Metadata);

/// <summary>A downloaded blob with its properties.</summary>
public sealed record BlobContent(byte[] Content, string ETag, string? ContentType, IReadOnlyDictionary<string, string> Metadata);

/// <summary>How to upload: content type, metadata and the optimistic-concurrency condition.</summary>
public sealed record BlobUploadOptions
{
    public string ContentType { get; init; } = "application/octet-stream";

    public IReadOnlyDictionary<string, string>? Metadata { get; init; }

    /// <summary>Only create: fail with 409 when the blob exists (If-None-Match: *).</summary>
    public bool OnlyIfNotExists { get; init; }

    /// <summary>Only overwrite this version (If-Match).</summary>
    public string? IfMatch { get; init; }
}
