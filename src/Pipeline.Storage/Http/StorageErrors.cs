using System.Text.Json;
using System.Xml.Linq;

namespace Pipeline.Storage.Http;

/// <summary>Reads a failed response: the error code from the header or the XML/JSON body, and the request id.</summary>
internal static class StorageErrors
{
    public static async Task<StorageRequestFailedException> ReadAsync(HttpResponseMessage response, string operation, CancellationToken cancellationToken)
    {
        var body = response.Content is null ? string.Empty : await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var (code, message) = ParseBody(body);
        code = Header(response, "x-ms-error-code") ?? code;
        return new StorageRequestFailedException((int)response.StatusCode, code, Header(response, "x-ms-request-id"), operation, message ?? response.ReasonPhrase ?? "no detail");
    }

    public static (string? Code, string? Message) ParseBody(string body)
    {
        var trimmed = body.TrimStart();
        try
        {
            if (trimmed.StartsWith('<'))
            {
                var root = XDocument.Parse(trimmed).Root;
                return (root?.Element("Code")?.Value, FirstLine(root?.Element("Message")?.Value));
            }

            if (trimmed.StartsWith('{'))
            {
                using var json = JsonDocument.Parse(trimmed);
                if (json.RootElement.TryGetProperty("odata.error", out var error))
                {
                    var message = error.TryGetProperty("message", out var m) && m.TryGetProperty("value", out var v) ? v.GetString() : null;
                    return (error.TryGetProperty("code", out var c) ? c.GetString() : null, FirstLine(message));
                }
            }
        }
        catch (Exception e) when (e is System.Xml.XmlException or JsonException)
        {
            return (null, null);
        }

        return (null, null);
    }

    private static string? FirstLine(string? message) => message?.Split('\n')[0].Trim();

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
