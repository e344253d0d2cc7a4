namespace Pipeline.Host.Functions;

/// <summary>A blob-trigger invocation, whichever mode delivered it. <see cref="Name"/> is the path under the container.</summary>
public sealed record BlobTriggerInput(string Name, byte[] Content, IReadOnlyDictionary<string, string> Metadata);

/// <summary>A queue-trigger invocation: the decoded message text and how often it has been delivered.</summary>
public sealed record QueueTriggerInput(string MessageId, string Text, long DequeueCount);

/// <summary>A timer-trigger invocation, as the Functions host describes it.</summary>
public sealed record TimerTriggerInput(bool IsPastDue, DateTimeOffset? Last, DateTimeOffset? Next);
