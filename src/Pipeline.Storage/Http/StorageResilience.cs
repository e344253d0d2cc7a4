using System.Net;
using Azure.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Pipeline.Storage.Http;

/// <summary>
/// Retry with exponential back-off and jitter (honouring Retry-After) around a circuit breaker around a
/// per-attempt timeout. The breaker is not retried: while it is open calls fail at once with 503 <c>CircuitOpen</c>,
/// so trigger loops back off instead of hammering a storage account that is down.
/// </summary>
public static class StorageResilience
{
    internal static readonly HttpRequestOptionsKey<string> OperationOption = new("Pipeline.Storage.Operation");
    internal static readonly ResiliencePropertyKey<string> OperationProperty = new("Pipeline.Storage.Operation");

    public static ResiliencePipeline<HttpResponseMessage> Build(StorageOptions options, TimeProvider clock, ILogger? logger = null, StorageService service = StorageService.Blob)
    {
        ArgumentNullException.ThrowIfNull(options);
        logger ??= NullLogger.Instance;
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = clock };
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(Retry(options, clock, logger));
        }

        return builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = options.BreakerSamplingDuration,
                BreakDuration = options.BreakerBreakDuration,
                OnOpened = args =>
                {
                    Log.CircuitOpened(logger, service, args.BreakDuration.TotalMilliseconds, Describe(args.Outcome));
                    return default;
                },
                OnClosed = _ =>
                {
                    Log.CircuitClosed(logger, service);
                    return default;
                },
            })
            .AddTimeout(options.AttemptTimeout)
            .Build();
    }

    /// <summary>Maps what the pipeline throws after its last attempt onto the one storage exception type.</summary>
    public static StorageRequestFailedException ToStorageException(Exception exception, string operation) => exception switch
    {
        BrokenCircuitException => new StorageRequestFailedException((int)HttpStatusCode.ServiceUnavailable, "CircuitOpen", null, operation, "storage has been failing; calls are paused", exception),
        TimeoutRejectedException => new StorageRequestFailedException((int)HttpStatusCode.RequestTimeout, "Timeout", null, operation, "the attempt timed out", exception),
        AuthenticationFailedException => new StorageRequestFailedException((int)HttpStatusCode.Unauthorized, "AuthenticationFailed", null, operation, "no access token could be obtained", exception),
        _ => new StorageRequestFailedException(0, "ConnectionFailed", null, operation, exception.Message, exception),
    };

    /// <summary>The exceptions <see cref="ToStorageException"/> knows; anything else is a bug or a misconfiguration and propagates.</summary>
    internal static bool IsStorageFailure(Exception exception) =>
        exception is HttpRequestException or TimeoutRejectedException or BrokenCircuitException or AuthenticationFailedException or OperationCanceledException;

    private static RetryStrategyOptions<HttpResponseMessage> Retry(StorageOptions options, TimeProvider clock, ILogger logger) => new()
    {
        ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
        MaxRetryAttempts = options.MaxRetries,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = options.RetryBaseDelay,
        MaxDelay = options.RetryMaxDelay,

        // The server's Retry-After wins over our back-off, bounded by RetryMaxDelay so a trigger loop is never parked for minutes.
        DelayGenerator = args => ValueTask.FromResult(
            args.Outcome.Result is { } r && TransientFailures.RetryAfter(r, clock) is { } wait
                ? (TimeSpan?)(wait < options.RetryMaxDelay ? wait : options.RetryMaxDelay)
                : null),
        OnRetry = args =>
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                var operation = args.Context.Properties.GetValue(OperationProperty, "Storage");
                var outcome = Describe(args.Outcome);
                var requestId = RequestId(args.Outcome.Result);
                Log.Retrying(logger, operation, args.AttemptNumber + 1, outcome, args.RetryDelay.TotalMilliseconds, requestId);
            }

            args.Outcome.Result?.Dispose();
            return default;
        },
    };

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } response } => TransientFailures.IsTransient(response.StatusCode),
        _ => false,
    };

    private static string Describe(Outcome<HttpResponseMessage> outcome) =>
        outcome.Result is { } r ? ((int)r.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture) : outcome.Exception?.GetType().Name ?? "unknown";

    private static string? RequestId(HttpResponseMessage? response) =>
        response is not null && response.Headers.TryGetValues("x-ms-request-id", out var values) ? values.FirstOrDefault() : null;
}
