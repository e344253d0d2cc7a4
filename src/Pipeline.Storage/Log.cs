using Microsoft.Extensions.Logging;

namespace Pipeline.Storage;

/// <summary>
/// Every log line the storage client writes. Paths are logged without their query, so a SAS signature never
/// reaches a log; request ids are logged so a failure can be traced in the service's own logs.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Storage {Operation} {Method} {Path} answered {Status} in {ElapsedMs:F1} ms (request {RequestId})")]
    public static partial void RequestCompleted(ILogger logger, string operation, string method, string path, int status, double elapsedMs, string? requestId);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Storage {Operation} failed with {Status} {ErrorCode} (request {RequestId})")]
    public static partial void RequestFailed(ILogger logger, string operation, int status, string? errorCode, string? requestId);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Storage {Operation} attempt {Attempt} failed with {Outcome}; retrying in {DelayMs:F0} ms (request {RequestId})")]
    public static partial void Retrying(ILogger logger, string operation, int attempt, string outcome, double delayMs, string? requestId);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Storage {Service} circuit opened for {BreakMs:F0} ms after {Outcome}")]
    public static partial void CircuitOpened(ILogger logger, StorageService service, double breakMs, string outcome);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "Storage {Service} circuit closed")]
    public static partial void CircuitClosed(ILogger logger, StorageService service);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning, Message = "Storage {Operation} could not complete: {ErrorCode} {Reason}")]
    public static partial void RequestAborted(ILogger logger, string operation, string? errorCode, string reason);
}
