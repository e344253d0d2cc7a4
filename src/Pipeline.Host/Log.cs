namespace Pipeline.Host;

/// <summary>Every log line the host writes: structured and source-generated.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Ingested {Blob} as article {ArticleId} from {Source}")]
    public static partial void Ingested(ILogger logger, string blob, string articleId, string source);

    [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "{Blob} duplicates article {ArticleId}; not queued again")]
    public static partial void Duplicate(ILogger logger, string blob, string articleId);

    [LoggerMessage(EventId = 102, Level = LogLevel.Warning, Message = "Rejected {Blob}: {Code} {Reason}")]
    public static partial void Rejected(ILogger logger, string blob, string code, string reason);

    [LoggerMessage(EventId = 200, Level = LogLevel.Information, Message = "Extracted {Count} claims from article {ArticleId} (delivery {DequeueCount})")]
    public static partial void Extracted(ILogger logger, string articleId, int count, long dequeueCount);

    [LoggerMessage(EventId = 201, Level = LogLevel.Warning, Message = "Rejected message {MessageId}: {Reason}")]
    public static partial void MessageRejected(ILogger logger, string messageId, string reason);

    [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "Rollup ({Kind}) for {Articles} changed articles wrote {Facts} facts and {Sources} sources (past due: {IsPastDue})")]
    public static partial void RolledUp(ILogger logger, string kind, int articles, int facts, int sources, bool isPastDue);

    [LoggerMessage(EventId = 301, Level = LogLevel.Information, Message = "No claims changed since {Watermark}; rollup skipped")]
    public static partial void RollupSkipped(ILogger logger, string watermark);

    [LoggerMessage(EventId = 302, Level = LogLevel.Information, Message = "Another rollup holds the rollup lock; this one did nothing")]
    public static partial void RollupBusy(ILogger logger);

    [LoggerMessage(EventId = 303, Level = LogLevel.Warning, Message = "The rollup watermark moved under this run (now past {Watermark}); the next tick repeats what overlaps")]
    public static partial void WatermarkRaceLost(ILogger logger, string watermark);

    [LoggerMessage(EventId = 400, Level = LogLevel.Error, Message = "{Function} failed on delivery {Attempt}")]
    public static partial void InvocationFailed(ILogger logger, Exception exception, string function, long attempt);

    [LoggerMessage(EventId = 401, Level = LogLevel.Warning, Message = "Moved message {MessageId} to {PoisonQueue} after {DequeueCount} deliveries")]
    public static partial void Poisoned(ILogger logger, string messageId, string poisonQueue, long dequeueCount);

    [LoggerMessage(EventId = 402, Level = LogLevel.Warning, Message = "Blob {Blob} failed {Attempts} times; sent to the blob poison queue")]
    public static partial void BlobPoisoned(ILogger logger, string blob, int attempts);

    [LoggerMessage(EventId = 403, Level = LogLevel.Warning, Message = "{Listener} could not reach storage; backing off")]
    public static partial void ListenerBackoff(ILogger logger, Exception exception, string listener);

    [LoggerMessage(EventId = 404, Level = LogLevel.Critical, Message = "A standalone trigger listener crashed; stopping the app")]
    public static partial void ListenerCrashed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 500, Level = LogLevel.Information, Message = "Pipeline listening in {Mode} mode on {Urls}")]
    public static partial void Started(ILogger logger, string mode, string urls);
}
