using System.Globalization;
using System.Security;
using System.Text;
using System.Xml.Linq;

namespace Pipeline.Storage.Queues;

/// <summary>The queue service's XML: the Put Message body and the Get/Peek Messages response.</summary>
internal static class QueueXml
{
    public static string MessageBody(string text) => $"<QueueMessage><MessageText>{SecurityElement.Escape(text)}</MessageText></QueueMessage>";

    public static List<QueueMessage> ParseMessages(string xml, QueueMessageEncoding encoding) => XDocument.Parse(xml).Root!
        .Elements("QueueMessage")
        .Select(m => new QueueMessage(
            m.Element("MessageId")!.Value,
            m.Element("PopReceipt")?.Value ?? string.Empty,
            long.Parse(m.Element("DequeueCount")?.Value ?? "0", CultureInfo.InvariantCulture),
            Decode(m.Element("MessageText")?.Value ?? string.Empty, encoding),
            Date(m.Element("InsertionTime")),
            Date(m.Element("TimeNextVisible"))))
        .ToList();

    /// <summary>A message that is not valid base64 is returned as it is, so the caller can route it to poison with its text.</summary>
    public static string Decode(string text, QueueMessageEncoding encoding)
    {
        if (encoding == QueueMessageEncoding.None)
        {
            return text;
        }

        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var written) ? Encoding.UTF8.GetString(buffer, 0, written) : text;
    }

    public static string Encode(string text, QueueMessageEncoding encoding) =>
        encoding == QueueMessageEncoding.Base64 ? Convert.ToBase64String(Encoding.UTF8.GetBytes(text)) : text;

    private static DateTimeOffset? Date(XElement? element) =>
        DateTimeOffset.TryParse(element?.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value) ? value : null;
}
