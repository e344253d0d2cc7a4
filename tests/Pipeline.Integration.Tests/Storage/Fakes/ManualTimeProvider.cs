namespace Pipeline.Integration.Tests.Storage.Fakes;

/// <summary>
/// A clock that moves only when told to, with timers that fire when it passes their due time. Enough for Polly's
/// delays, timeouts and circuit breaker (Microsoft.Extensions.TimeProvider.Testing is not available here).
/// </summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private DateTimeOffset _now = start;

    public ManualTimeProvider()
        : this(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero))
    {
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public void Advance(TimeSpan by)
    {
        List<ManualTimer> due;
        lock (_gate)
        {
            _now += by;
            due = _timers.Where(t => t.DueAt <= _now).ToList();
        }

        foreach (var timer in due)
        {
            timer.Fire(this);
        }
    }

    /// <summary>Moves the clock in small steps until <paramref name="task"/> finishes, so every retry delay and timeout elapses.</summary>
    public async Task<T> RunAsync<T>(Task<T> task, TimeSpan? step = null)
    {
        for (var i = 0; !task.IsCompleted && i < 20_000; i++)
        {
            await Task.Delay(1);
            Advance(step ?? TimeSpan.FromMilliseconds(250));
        }

        return await task;
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private void Schedule(ManualTimer timer, bool active)
    {
        lock (_gate)
        {
            _timers.Remove(timer);
            if (active)
            {
                _timers.Add(timer);
            }
        }
    }

    private sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan _period = Timeout.InfiniteTimeSpan;

        public DateTimeOffset DueAt { get; private set; } = DateTimeOffset.MaxValue;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            _period = period;
            var active = dueTime != Timeout.InfiniteTimeSpan;
            DueAt = active ? owner.GetUtcNow() + dueTime : DateTimeOffset.MaxValue;
            owner.Schedule(this, active);
            if (active && dueTime == TimeSpan.Zero)
            {
                Fire(owner);
            }

            return true;
        }

        public void Fire(ManualTimeProvider clock)
        {
            var periodic = _period != Timeout.InfiniteTimeSpan && _period > TimeSpan.Zero;
            DueAt = periodic ? clock.GetUtcNow() + _period : DateTimeOffset.MaxValue;
            clock.Schedule(this, periodic);
            ThreadPool.QueueUserWorkItem(_ => callback(state));
        }

        public void Dispose() => owner.Schedule(this, false);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return default;
        }
    }
}
