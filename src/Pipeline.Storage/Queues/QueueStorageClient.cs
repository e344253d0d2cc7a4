using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.Logging;
using Pipeline.Storage.Auth;
using Pipeline.Storage.Http;

namespace Pipeline.Storage.Queues;

/// <summary>Queue service operations: create, send, receive with a visibility lease, update, delete, peek and count.</summary>
public partial class QueueStorageClient : StorageClientBase
{
    /// <summary>The service accepts 64 KiB of message text; base64 leaves 48 KiB of payload.</summary>
    public const int MaxMessageTextLength = 65536;

    /// <summary>The longest a message can stay hidden: 7 days.</summary>
    public static readonly TimeSpan MaxVisibilityTimeout = TimeSpan.FromDays(7);

    private readonly QueueMessageEncoding _encoding;

    public QueueStorageClient(HttpClient http, StorageConnection connection, QueueMessageEncoding encoding = QueueMessageEncoding.Base64, ILogger? logger = null)
        : base(http, connection, StorageService.Queue, logger) => _encoding = encoding;

    protected QueueStorageClient()
    {
    }

    /// <summary>True when created; false when it already existed (204 with the same metadata, 409 otherwise).</summary>
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

    /// <summary>
    /// Sends a message (base64 of UTF-8 unless the client was built for raw text) and returns its id. A message over
    /// 64 KiB once encoded is rejected here, before anything is sent. The POST is not idempotent: a retry after a lost
    /// response can enqueue the message twice, so consumers must tolerate duplicates (as with any at-least-once queue).
    /// </summary>
    public virtual async Task<string> SendAsync(string queue, string text, TimeSpan? initialDelay = null, CancellationToken cancellationToken = default)
    {
        QueueNames.Validate(queue);
        var encoded = Encode(text);
        var delay = initialDelay is { } d ? $"?visibilitytimeout={Seconds(d, TimeSpan.Zero, nameof(initialDelay))}" : string.Empty;
        using var request = new HttpRequestMessage(HttpMethod.Post, Url($"{queue}/messages{delay}"))
        {
            Content = new StringContent(QueueXml.MessageBody(encoded), Encoding.UTF8, "application/xml"),
        };
        using var response = await SendAsync(request, "PutMessage", cancellationToken).ConfigureAwait(false);
        var sent = QueueXml.ParseMessages(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false), QueueMessageEncoding.None);
        return sent.Count > 0 ? sent[0].MessageId : string.Empty;
    }

    /// <summary>Receives up to 32 messages, hiding them for <paramref name="visibilityTimeout"/> (the processing lease, 1 s to 7 days).</summary>
    public virtual async Task<IReadOnlyList<QueueMessage>> ReceiveAsync(string queue, int maxMessages, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default)
    {
        QueueNames.Validate(queue);
        ValidateCount(maxMessages);
        var seconds = Seconds(visibilityTimeout, TimeSpan.FromSeconds(1), nameof(visibilityTimeout));
        using var request = new HttpRequestMessage(HttpMethod.Get, Url($"{queue}/messages?numofmessages={maxMessages}&visibilitytimeout={seconds}"));
        using var response = await SendAsync(request, "GetMessages", cancellationToken).ConfigureAwait(false);
        return QueueXml.ParseMessages(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false), _encoding);
    }

    /// <summary>Reads up to 32 visible messages without hiding them or counting a dequeue; they carry no pop receipt.</summary>
    public virtual async Task<IReadOnlyList<QueueMessage>> PeekAsync(string queue, int maxMessages = 32, CancellationToken cancellationToken = default)
    {
        QueueNames.Validate(queue);
        ValidateCount(maxMessages);
        using var request = new HttpRequestMessage(HttpMethod.Get, Url($"{queue}/messages?peekonly=true&numofmessages={maxMessages}"));
        using var response = await SendAsync(request, "PeekMessages", cancellationToken).ConfigureAwait(false);
        return QueueXml.ParseMessages(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false), _encoding);
    }

    /// <summary>Changes when a received message becomes visible again. Returns the new pop receipt (the old one is dead).</summary>
    public virtual async Task<string> UpdateVisibilityAsync(string queue, string messageId, string popReceipt, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default)
    {
        var seconds = Seconds(visibilityTimeout, TimeSpan.Zero, nameof(visibilityTimeout));
        using var request = new HttpRequestMessage(HttpMethod.Put, MessageUrl(queue, messageId, popReceipt, $"&visibilitytimeout={seconds}"));
        using var response = await SendAsync(request, "UpdateMessage", cancellationToken).ConfigureAwait(false);
        return Header(response, "x-ms-popreceipt") ?? throw new StorageRequestFailedException((int)response.StatusCode, "MissingPopReceipt", Header(response, "x-ms-request-id"), "UpdateMessage", "the service returned no new pop receipt");
    }

    /// <summary>Deletes a received message; false when it is already gone (404) or was re-leased (400 PopReceiptMismatch).</summary>
    public virtual async Task<bool> DeleteMessageAsync(string queue, string messageId, string popReceipt, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, MessageUrl(queue, messageId, popReceipt, string.Empty));
        try
        {
            using var response = await SendAsync(request, "DeleteMessage", cancellationToken, 404).ConfigureAwait(false);
            return response.IsSuccessStatusCode;
        }
        catch (StorageRequestFailedException e) when (e.Status == 400 && e.ErrorCode == "PopReceiptMismatch")
        {
            return false;
        }
    }

    /// <summary>The approximate number of messages; 0 when the queue does not exist.</summary>
    public virtual async Task<int> GetApproximateCountAsync(string queue, CancellationToken cancellationToken = default)
    {
        QueueNames.Validate(queue);
        using var request = new HttpRequestMessage(HttpMethod.Get, Url($"{queue}?comp=metadata"));
        using var response = await SendAsync(request, "GetQueueMetadata", cancellationToken, 404).ConfigureAwait(false);
        return Header(response, "x-ms-approximate-messages-count") is { } count ? int.Parse(count, CultureInfo.InvariantCulture) : 0;
    }
}
