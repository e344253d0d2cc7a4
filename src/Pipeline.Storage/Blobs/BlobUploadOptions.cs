namespace Pipeline.Storage.Blobs;

/// <summary>How to upload: content type, metadata, the optimistic-concurrency condition and the lease held.</summary>
public sealed record BlobUploadOptions
{
    public string ContentType { get; init; } = "application/octet-stream";

    public IReadOnlyDictionary<string, string>? Metadata { get; init; }

    /// <summary>Only create: return null when the blob exists (If-None-Match: *).</summary>
    public bool OnlyIfNotExists { get; init; }

    /// <summary>Only overwrite this version (If-Match).</summary>
    public string? IfMatch { get; init; }

    /// <summary>The lease id, required to write a leased blob.</summary>
    public string? LeaseId { get; init; }
}
