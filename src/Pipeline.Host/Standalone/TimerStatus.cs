namespace Pipeline.Host.Standalone;

/// <summary>The schedule monitor's record, in the Functions host's shape: the last run, the next due, when it was written.</summary>
public sealed record TimerStatus(DateTimeOffset Last, DateTimeOffset Next, DateTimeOffset LastUpdated);
