namespace Pipeline.Storage;

/// <summary>The one exception every storage failure becomes: status, service error code, request id and operation.</summary>
public sealed class StorageRequestFailedException : Exception
{
    public StorageRequestFailedException(int status, string? errorCode, string? requestId, string operation, string message, Exception? inner = null)
        : base($"{operation} failed with {status} {errorCode}: {message} (request {requestId ?? "n/a"})", inner)
    {
        Status = status;
        ErrorCode = errorCode;
        RequestId = requestId;
        Operation = operation;
    }

    public StorageRequestFailedException()
        : this(0, null, null, "storage", "unknown failure")
    {
    }

    public StorageRequestFailedException(string message)
        : this(0, null, null, "storage", message)
    {
    }

    public StorageRequestFailedException(string message, Exception innerException)
        : this(0, null, null, "storage", message, innerException)
    {
    }

    public int Status { get; }

    public string? ErrorCode { get; }

    public string? RequestId { get; }

    public string Operation { get; }
}
