using System.Diagnostics.Tracing;

namespace Pipeline.Benchmarks;

/// <summary>
/// Counts the runtime's allocation samples (one about every 100 KB allocated) by type, in process: no profiler to
/// install, and enough to see which objects make up the allocations per MB.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const string RuntimeSource = "Microsoft-Windows-DotNETRuntime";
    private const EventKeywords GcKeyword = (EventKeywords)0x1;

    private readonly Dictionary<string, long> samples = new(StringComparer.Ordinal);

    public IReadOnlyList<(string Type, long Samples)> Top(int count)
    {
        lock (samples)
        {
            return [.. samples.OrderByDescending(pair => pair.Value).Take(count).Select(pair => (pair.Key, pair.Value))];
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == RuntimeSource)
        {
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true || eventData.PayloadNames is null)
        {
            return;
        }

        var type = eventData.Payload?[eventData.PayloadNames.IndexOf("TypeName")]?.ToString() ?? "?";
        lock (samples)
        {
            samples[type] = samples.GetValueOrDefault(type) + 1;
        }
    }
}
