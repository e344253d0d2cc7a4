namespace Pipeline.Storage;

/// <summary>A value with the status and ETag the service returned for it.</summary>
public sealed record StorageResponse<T>(T Value, int Status, string? ETag);
