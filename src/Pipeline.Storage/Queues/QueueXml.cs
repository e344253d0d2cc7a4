using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace Pipeline.Storage.Queues;

/// <summary>The queue service's XML: the Put Message body and the Get/Peek Messages response.</summary>
internal static class QueueXml
{
    public static string MessageBody(string text)
    {
        var body = new StringBuilder(text.Length + 64).Append("<QueueMessage><MessageText>");
        foreach (var c in text)
        {
            // \r is written as a character reference: a parser would otherwise normalise \r\n to \n.
            _ = c switch
            {
                '&' => body.Append("&amp;"),
                '<' => body.Append("&lt;"),
                '>' => body.Append("&gt;"),
                '\r' => body.Append("&#xD;"),
                _ => body.Append(c),
            };
        }

        return body.Append("</MessageText></QueueMessage>").ToString();
    }

    /// <summary>True when every character can travel in an XML 1.0 document (raw messages only; base64 always can).</summary>
    public static bool IsXmlSafe(string text) => ResourceNames.IsWellFormedUtf16(text)
        && text.All(c => c is '\t' or '\n' or '\r' || (c >= ' ' && c is not ('\uFFFE' or '\uFFFF')));

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
