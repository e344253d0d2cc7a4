namespace Pipeline.Host.Standalone;

/// <summary>Randomised exponential back-off between 100 ms and a maximum, as the Functions queue listener polls.</summary>
public sealed class PollingBackoff(TimeSpan maximum)
{
    private static readonly TimeSpan Minimum = TimeSpan.FromMilliseconds(100);
    private TimeSpan _current = Minimum;

    public void Reset() => _current = Minimum;

    public TimeSpan Next()
    {
        var delay = _current;
        var doubled = TimeSpan.FromTicks(Math.Min(_current.Ticks * 2, Math.Max(maximum.Ticks, Minimum.Ticks)));
        _current = doubled;
        // Jitter keeps several instances from polling in lock-step.
        return TimeSpan.FromTicks((long)(delay.Ticks * (0.8 + (Random.Shared.NextDouble() * 0.4))));
    }
}
