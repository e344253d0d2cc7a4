using System.ComponentModel.DataAnnotations;

namespace Pipeline.Host.Configuration;

/// <summary>Names and schedules the app reads, bound from the <c>Pipeline</c> section and validated at start.</summary>
public sealed class PipelineOptions
{
    public const string Section = "Pipeline";

    [Required, RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$")]
    public string ArticlesContainer { get; set; } = "articles";

    [Required, RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$")]
    public string RejectedContainer { get; set; } = "articles-rejected";

    [Required, RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$")]
    public string NormalizedContainer { get; set; } = "articles-normalized";

    [Required, RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,55}[a-z0-9]$")]
    public string ClaimsQueue { get; set; } = "article-claims";

    /// <summary>Prepended to every table name, so several pipelines (or tests) can share one account.</summary>
    [RegularExpression("^([A-Za-z][A-Za-z0-9]{0,40})?$")]
    public string TablePrefix { get; set; } = string.Empty;

    /// <summary>Used by the blob-receipt and timer-lock paths, like the Functions host id.</summary>
    [Required, RegularExpression("^[a-z0-9-]{1,32}$")]
    public string HostId { get; set; } = "pipeline";

    /// <summary>The API key required in standalone mode when listening beyond loopback.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Origins allowed to call the API from a browser, separated by ';'. Empty (the default) turns CORS off.</summary>
    public string? CorsOrigins { get; set; }

    [Range(typeof(TimeSpan), "00:00:00.1", "01:00:00")]
    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How often the rollup timer recomputes everything instead of only the facts that changed. Only a full run
    /// re-estimates every source's accuracy from scratch and detects sources that copy each other.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan FullRollupInterval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// How many changed articles one incremental tick takes on; the rest wait for the next tick. After an outage the
    /// backlog drains over several ticks instead of one run that outlasts the function timeout and starts over.
    /// </summary>
    [Range(1, 100_000)]
    public int MaxArticlesPerTick { get; set; } = 1_000;

    public TableNames Tables => new(TablePrefix);
}
