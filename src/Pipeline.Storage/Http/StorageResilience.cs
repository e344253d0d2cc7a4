using System.Net;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Pipeline.Storage.Http;

/// <summary>
/// Retry with exponential back-off and jitter (honouring Retry-After) around a circuit breaker around a
/// per-attempt timeout. The breaker lets trigger loops back off while storage is down instead of hammering it.
/// </summary>
public static class StorageResilience
{
    public static ResiliencePipeline<HttpResponseMessage> Build(StorageOptions options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        var shouldHandle = new PredicateBuilder<HttpResponseMessage>()
            .Handle<HttpRequestException>()
            .Handle<TimeoutRejectedException>()
            .HandleResult(response => TransientFailures.IsTransient(response.StatusCode));
        return new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = clock }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = shouldHandle,
                MaxRetryAttempts = Math.Max(1, options.MaxRetries),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.RetryMaxDelay,
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result is { } r ? TransientFailures.RetryAfter(r) : null),
                OnRetry = args =>
                {
                    args.Outcome.Result?.Dispose();
                    return default;
                },
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = shouldHandle,
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = options.BreakerSamplingDuration,
                BreakDuration = options.BreakerBreakDuration,
            })
            .AddTimeout(options.AttemptTimeout)
            .Build();
    }

    /// <summary>Maps what the pipeline throws after its last attempt onto the one storage exception type.</summary>
    public static StorageRequestFailedException ToStorageException(Exception exception, string operation) => exception switch
    {
        BrokenCircuitException => new StorageRequestFailedException((int)HttpStatusCode.ServiceUnavailable, "CircuitOpen", null, operation, "storage is failing; calls are paused", exception),
        TimeoutRejectedException => new StorageRequestFailedException((int)HttpStatusCode.RequestTimeout, "Timeout", null, operation, "the attempt timed out", exception),
        _ => new StorageRequestFailedException(0, "ConnectionFailed", null, operation, exception.Message, exception),
    };
}
