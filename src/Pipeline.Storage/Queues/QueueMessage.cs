namespace Pipeline.Storage.Queues;

/// <summary>A received message. <see cref="Text"/> is decoded from base64 when the client sends base64.</summary>
public sealed record QueueMessage(string MessageId, string PopReceipt, long DequeueCount, string Text, DateTimeOffset? InsertionTime, DateTimeOffset? NextVisibleTime);
