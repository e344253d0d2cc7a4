namespace Pipeline.Storage.Blobs;

/// <summary>A downloaded blob with its properties.</summary>
public sealed record BlobContent(byte[] Content, string ETag, string? ContentType, IReadOnlyDictionary<string, string> Metadata);
