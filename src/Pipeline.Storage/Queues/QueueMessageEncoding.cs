namespace Pipeline.Storage.Queues;

/// <summary>The Functions queue trigger expects base64 by default (host.json <c>messageEncoding</c>).</summary>
public enum QueueMessageEncoding
{
    Base64,
    None,
}
