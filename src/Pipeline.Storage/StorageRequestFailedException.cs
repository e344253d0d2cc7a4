using Pipeline.Storage.Http;

namespace Pipeline.Storage;

/// <summary>
/// The one exception every storage failure becomes: status, service error code, request id and operation.
/// The message is scrubbed of SAS signatures and keys, whatever the service or the network stack put in it.
/// </summary>
public sealed class StorageRequestFailedException : Exception
{
    public StorageRequestFailedException(int status, string? errorCode, string? requestId, string operation, string message, Exception? inner = null)
        : base(Redaction.Redact($"{operation} failed with {status} {errorCode}: {message} (request {requestId ?? "n/a"})"), inner)
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

    /// <summary>The HTTP status; 0 when no response arrived (connection failure).</summary>
    public int Status { get; }

    public string? ErrorCode { get; }

    public string? RequestId { get; }

    public string Operation { get; }

    /// <summary>For a failed entity group transaction: the zero-based index of the action the service rejected.</summary>
    public int? FailedActionIndex { get; init; }
}
