namespace Pipeline.Host.Standalone;

/// <summary>The bookkeeping paths the Functions host uses, so both modes share receipts, locks and timer status.</summary>
public static class HostsContainer
{
    public const string Name = "azure-webjobs-hosts";
    public const string BlobPoisonQueue = "webjobs-blobtrigger-poison";

    public static string Receipt(string hostId, string function, string etag, string container, string blob) =>
        $"blobreceipts/{hostId}/{function}/{etag.Trim('"')}/{container}/{blob}";

    public static string TimerLock(string hostId, string function) => $"locks/{hostId}/{function}/listener";

    public static string TimerStatus(string hostId, string function) => $"timers/{hostId}/{function}/status";
}
