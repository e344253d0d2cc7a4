using System.ComponentModel.DataAnnotations;
using Pipeline.Storage.Queues;

namespace Pipeline.Storage;

/// <summary>Resilience, authentication and encoding settings for every storage call; bound from <c>Storage</c> and validated at start.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The API version we sign for: new enough for every operation we use, and accepted by Azurite 3.35+.</summary>
    public const string ApiVersion = "2025-11-05";

    /// <summary>Retries after the first attempt; 0 turns retrying off.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 4;

    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Caps both our back-off and a server's Retry-After.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(10);

    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Failure ratio over <see cref="BreakerSamplingDuration"/> that opens the circuit.</summary>
    [Range(0.01, 1.0)]
    public double BreakerFailureRatio { get; set; } = 0.8;

    [Range(2, 10_000)]
    public int BreakerMinimumThroughput { get; set; } = 20;

    [Range(typeof(TimeSpan), "00:00:00.5", "00:10:00")]
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:00.5", "00:10:00")]
    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long before its expiry an Entra ID token is replaced.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:30:00")]
    public TimeSpan TokenRefreshMargin { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Base64 matches the Functions queue trigger's default <c>messageEncoding</c>.</summary>
    [EnumDataType(typeof(QueueMessageEncoding))]
    public QueueMessageEncoding QueueMessageEncoding { get; set; } = QueueMessageEncoding.Base64;
}
