using System.Globalization;
using System.Net;
using System.Text;
using Pipeline.Storage.Auth;
using Pipeline.Storage.Http;

namespace Pipeline.Storage.Queues;

/// <summary>Queue service operations: create, send, receive with a visibility lease, update, delete, peek and count.</summary>
public class QueueStorageClient : StorageClientBase
{
    /// <summary>The service accepts 64 KiB of message text; base64 leaves about 48 KiB of payload.</summary>
    public const int MaxMessageTextLength = 65536;

    private readonly QueueMessageEncoding _encoding;

    public QueueStorageClient(HttpClient http, StorageConnection connection, QueueMessageEncoding encoding = QueueMessageEncoding.Base64)
        : base(http, connection, StorageService.Queue) => _encoding = encoding;

    protected QueueStorageClient()
    {
    }

    public virtual async Task<bool> CreateIfNotExistsAsync(string queue, CancellationToken cancellationToken = default)
    {
        QueueNames.Validate(queue);
        using var request = new HttpRequestMessage(HttpMethod.Put, Url(queue));
        using var response = await SendAsync(request, "CreateQueue", cancellationToken, 409).ConfigureAwait(false);
        return response.StatusCode == HttpStatusCode.Created;
    }

    public virtual async Task<bool> DeleteIfExistsAsync(string queue, CancellationToken cancellationToken = default)
    {
        QueueNames.Validate(queue);
        using var request = new HttpRequestMessage(HttpMethod.Delete, Url(queue));
        using var response = await SendAsync(request, "DeleteQueue", cancellationToken, 404).ConfigureAwait(false);
        return response.IsSuccessStatusCode;
    }

    public virtual async Task<string> SendAsync(string queue, string text, TimeSpan? initialDelay = null, CancellationToken cancellationToken = default)
    {
        QueueNames.Validate(queue);
        ArgumentNullException.ThrowIfNull(text);
        var encoded = QueueXml.Encode(text, _encoding);
        if (encoded.Length > MaxMessageTextLength)
        {
            throw new ArgumentException($"The message is {encoded.Length} characters once encoded; a queue message holds at most {MaxMessageTextLength}. Store large payloads in a blob and send a pointer.", nameof(text));
        }

        var delay = initialDelay is { } d ? $"?visibilitytimeout={(int)d.TotalSeconds}" : string.Empty;
        using var request = new HttpRequestMessage(HttpMethod.Post, Url($"{queue}/messages{delay}"))
        {
            Content = new StringContent(QueueXml.MessageBody(encoded), Encoding.UTF8, "application/xml"),
        };
        using var response = await SendAsync(request, "PutMessage", cancellationToken).ConfigureAwait(false);
        var sent = QueueXml.ParseMessages(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false), QueueMessageEncoding.None);
        return sent.Count > 0 ? sent[0].MessageId : string.Empty;
    }

    /// <summary>Receives up to 32 messages, hiding them for <paramref name="visibilityTimeout"/> (the processing lease).</summary>
    public virtual async Task<IReadOnlyList<QueueMessage>> ReceiveAsync(string queue, int maxMessages, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default)
    {
        QueueNames.Validate(queue);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxMessages, 32);
        var seconds = Math.Max(1, (int)visibilityTimeout.TotalSeconds);
        using var request = new HttpRequestMessage(HttpMethod.Get, Url($"{queue}/messages?numofmessages={maxMessages}&visibilitytimeout={seconds}"));
        using var response = await SendAsync(request, "GetMessages", cancellationToken).ConfigureAwait(false);
        return QueueXml.ParseMessages(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false), _encoding);
    }

    public virtual async Task<IReadOnlyList<QueueMessage>> PeekAsync(string queue, int maxMessages = 32, CancellationToken cancellationToken = default)
    {
        QueueNames.Validate(queue);
        using var request = new HttpRequestMessage(HttpMethod.Get, Url($"{queue}/messages?peekonly=true&numofmessages={maxMessages}"));
        using var response = await SendAsync(request, "PeekMessages", cancellationToken).ConfigureAwait(false);
        return QueueXml.ParseMessages(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false), _encoding);
    }

    /// <summary>Changes when a received message becomes visible again. Returns the new pop receipt (the old one is dead).</summary>
    public virtual async Task<string> UpdateVisibilityAsync(string queue, string messageId, string popReceipt, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default)
    {
        var query = $"{queue}/messages/{Uri.EscapeDataString(messageId)}?popreceipt={Uri.EscapeDataString(popReceipt)}&visibilitytimeout={(int)visibilityTimeout.TotalSeconds}";
        using var request = new HttpRequestMessage(HttpMethod.Put, Url(query));
        using var response = await SendAsync(request, "UpdateMessage", cancellationToken).ConfigureAwait(false);
        return response.Headers.GetValues("x-ms-popreceipt").First();
    }

    /// <summary>Deletes a received message; a message already gone or re-leased (404, 400 PopReceiptMismatch) is not an error.</summary>
    public virtual async Task<bool> DeleteMessageAsync(string queue, string messageId, string popReceipt, CancellationToken cancellationToken = default)
    {
        var query = $"{queue}/messages/{Uri.EscapeDataString(messageId)}?popreceipt={Uri.EscapeDataString(popReceipt)}";
        using var request = new HttpRequestMessage(HttpMethod.Delete, Url(query));
        using var response = await SendAsync(request, "DeleteMessage", cancellationToken, 404, 400).ConfigureAwait(false);
        return response.IsSuccessStatusCode;
    }

    public virtual async Task<int> GetApproximateCountAsync(string queue, CancellationToken cancellationToken = default)
    {
        QueueNames.Validate(queue);
        using var request = new HttpRequestMessage(HttpMethod.Get, Url($"{queue}?comp=metadata"));
        using var response = await SendAsync(request, "GetQueueMetadata", cancellationToken, 404).ConfigureAwait(false);
        return response.Headers.TryGetValues("x-ms-approximate-messages-count", out var values)
            ? int.Parse(values.First(), CultureInfo.InvariantCulture)
            : 0;
    }
}
