using System.Text.Json;

namespace Pipeline.Host.Configuration;

/// <summary>The queue and blob settings from host.json that standalone mode honours, with the Functions defaults.</summary>
public sealed record HostJson(int BatchSize, int MaxDequeueCount, TimeSpan VisibilityTimeout, TimeSpan MaxPollingInterval, int PoisonBlobThreshold)
{
    public static HostJson Defaults { get; } = new(16, 5, TimeSpan.Zero, TimeSpan.FromMinutes(1), 5);

    public static HostJson Load(string path)
    {
        if (!File.Exists(path))
        {
            return Defaults;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var extensions = document.RootElement.TryGetProperty("extensions", out var e) ? e : default;
        var queues = Child(extensions, "queues");
        var blobs = Child(extensions, "blobs");
        return new HostJson(
            Int(queues, "batchSize") ?? Defaults.BatchSize,
            Int(queues, "maxDequeueCount") ?? Defaults.MaxDequeueCount,
            Span(queues, "visibilityTimeout") ?? Defaults.VisibilityTimeout,
            Span(queues, "maxPollingInterval") ?? Defaults.MaxPollingInterval,
            Int(blobs, "poisonBlobThreshold") ?? Defaults.PoisonBlobThreshold);
    }

    private static JsonElement Child(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var child) ? child : default;

    private static int? Int(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var v) && v.TryGetInt32(out var i) ? i : null;

    private static TimeSpan? Span(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var v) && TimeSpan.TryParse(v.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var t) ? t : null;
}
