using System.Globalization;
using System.Text;
using System.Text.Json;
using Pipeline.Host.Functions;

namespace Pipeline.Host.CustomHandler;

/// <summary>Turns each trigger's payload into the same input the standalone listeners build.</summary>
public static class TriggerPayloads
{
    public static BlobTriggerInput Blob(InvocationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var name = PayloadValues.Text(request.Metadata, "name") ?? throw new InvalidPayloadException("The blob payload has no Metadata.name.");
        return new BlobTriggerInput(name, PayloadValues.Bytes(request.Data, "article"), PayloadValues.StringMap(request.Metadata, "Metadata"));
    }

    public static QueueTriggerInput Queue(InvocationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = Encoding.UTF8.GetString(PayloadValues.Bytes(request.Data, "message"));
        return new QueueTriggerInput(PayloadValues.Text(request.Metadata, "Id") ?? string.Empty, text, PayloadValues.Number(request.Metadata, "DequeueCount") ?? 1);
    }

    public static TimerTriggerInput Timer(InvocationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var timer = PayloadValues.Find(request.Data, "timer");
        if (timer is not { ValueKind: JsonValueKind.Object } info)
        {
            return new TimerTriggerInput(false, null, null);
        }

        var pastDue = info.TryGetProperty("IsPastDue", out var p) && p.ValueKind == JsonValueKind.True;
        var status = info.TryGetProperty("ScheduleStatus", out var s) && s.ValueKind == JsonValueKind.Object ? s : default;
        return new TimerTriggerInput(pastDue, Date(status, "Last"), Date(status, "Next"));
    }

    private static DateTimeOffset? Date(JsonElement status, string name) =>
        status.ValueKind == JsonValueKind.Object && status.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
        && DateTimeOffset.TryParse(v.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : null;
}
