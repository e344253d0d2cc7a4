using System.Diagnostics;

namespace Pipeline.Storage;

/// <summary>The tracing source: one client activity per storage request. Hosts subscribe with <see cref="ActivitySourceName"/>.</summary>
public static class StorageDiagnostics
{
    public const string ActivitySourceName = "Pipeline.Storage";

    internal static readonly ActivitySource Source = new(ActivitySourceName);
}
