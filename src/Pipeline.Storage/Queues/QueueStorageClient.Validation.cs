using System.Globalization;
using System.Text;

namespace Pipeline.Storage.Queues;

public partial class QueueStorageClient
{
    private string Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_encoding == QueueMessageEncoding.None && !QueueXml.IsXmlSafe(text))
        {
            throw new ArgumentException("The message has characters XML cannot carry (control characters or lone surrogates); send it base64-encoded.", nameof(text));
        }

        var encoded = QueueXml.Encode(text, _encoding);
        var size = Encoding.UTF8.GetByteCount(encoded);
        if (size > MaxMessageTextLength)
        {
            throw new ArgumentException($"The message is {size} bytes once encoded; a queue message holds at most {MaxMessageTextLength} (about 48 KiB of text with base64). Store large payloads in a blob and send a pointer.", nameof(text));
        }

        return encoded;
    }

    private Uri MessageUrl(string queue, string messageId, string popReceipt, string extraQuery)
    {
        QueueNames.Validate(queue);
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        ArgumentException.ThrowIfNullOrEmpty(popReceipt);
        return Url($"{queue}/messages/{Uri.EscapeDataString(messageId)}?popreceipt={Uri.EscapeDataString(popReceipt)}{extraQuery}");
    }

    private static void ValidateCount(int maxMessages)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxMessages, 32);
    }

    private static string Seconds(TimeSpan value, TimeSpan min, string name)
    {
        if (value < min || value > MaxVisibilityTimeout)
        {
            throw new ArgumentOutOfRangeException(name, value, $"Must be between {min.TotalSeconds} s and 7 days.");
        }

        return ((long)value.TotalSeconds).ToString(CultureInfo.InvariantCulture);
    }
}
