using System.Globalization;
using System.Text.RegularExpressions;
using Pipeline.Storage.Http;

namespace Pipeline.Storage.Tables;

/// <summary>
/// Reads the multipart response of an entity group transaction. The service answers 202 even when an operation
/// failed; the failure is an inner <c>HTTP/1.1 4xx</c> part whose error message starts with "&lt;index&gt;:" (zero-based)
/// on Azure. When that prefix is missing the part's Content-ID (our 1-based id) or its position names the action.
/// </summary>
internal static partial class TableBatchResponse
{
    public static void ThrowOnFailure(string response, int count, string? requestId)
    {
        var parts = StatusLine().Matches(response);
        for (var position = 0; position < parts.Count; position++)
        {
            var match = parts[position];
            var status = int.Parse(match.Groups["status"].Value, CultureInfo.InvariantCulture);
            if (status is >= 200 and < 300)
            {
                continue;
            }

            var end = position + 1 < parts.Count ? parts[position + 1].Index : response.Length;
            var part = response[match.Index..end];
            var (code, message) = StorageErrors.ParseBody(Body(part));
            var index = IndexFromMessage(message) ?? IndexFromContentId(part) ?? (parts.Count == count ? position : null);
            throw new StorageRequestFailedException(status, code, requestId, "SubmitTransaction",
                $"action {(index is { } i ? i.ToString(CultureInfo.InvariantCulture) : "?")} of {count} failed: {message}")
            {
                FailedActionIndex = index,
            };
        }
    }

    /// <summary>The inner body starts after the first blank line of the part and ends before the next boundary.</summary>
    private static string Body(string part)
    {
        var start = part.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (start < 0)
        {
            return string.Empty;
        }

        var body = part[(start + 4)..];
        var boundary = body.IndexOf("\r\n--", StringComparison.Ordinal);
        return boundary >= 0 ? body[..boundary] : body;
    }

    private static int? IndexFromMessage(string? message) =>
        message is not null && IndexPrefix().Match(message) is { Success: true } m ? int.Parse(m.Groups["index"].Value, CultureInfo.InvariantCulture) : null;

    private static int? IndexFromContentId(string part) =>
        ContentId().Match(part) is { Success: true } m ? int.Parse(m.Groups["id"].Value, CultureInfo.InvariantCulture) - 1 : null;

    [GeneratedRegex(@"^HTTP/1\.1 (?<status>\d{3})", RegexOptions.Multiline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex StatusLine();

    [GeneratedRegex(@"^(?<index>\d{1,3}):", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex IndexPrefix();

    [GeneratedRegex(@"^Content-ID:\s*(?<id>\d{1,3})\s*$", RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ContentId();
}
