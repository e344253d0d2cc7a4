namespace Pipeline.Storage.Blobs;

/// <summary>A listed blob.</summary>
public sealed record BlobItem(string Name, string ETag, long ContentLength, DateTimeOffset? LastModified, IReadOnlyDictionary<string, string> Metadata);
