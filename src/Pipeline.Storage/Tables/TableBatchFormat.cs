using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Pipeline.Storage.Http;

namespace Pipeline.Storage.Tables;

/// <summary>The multipart/mixed wire format of entity group transactions (CRLF line endings throughout).</summary>
internal static partial class TableBatchFormat
{
    public static string Body(TableStorageClient client, string table, IReadOnlyList<TableTransactionAction> actions, string batch, string changeset)
    {
        var body = new StringBuilder()
            .Append("--").Append(batch).Append("\r\n")
            .Append("Content-Type: multipart/mixed; boundary=").Append(changeset).Append("\r\n\r\n");
        for (var i = 0; i < actions.Count; i++)
        {
            AppendOperation(body, client, table, actions[i], changeset, i + 1);
        }

        return body.Append("--").Append(changeset).Append("--\r\n")
            .Append("--").Append(batch).Append("--\r\n")
            .ToString();
    }

    /// <summary>Finds the first inner status that is not 2xx and throws with the failing operation's index.</summary>
    public static void ThrowOnFailure(string response, int count)
    {
        foreach (Match match in StatusLine().Matches(response))
        {
            var status = int.Parse(match.Groups["status"].Value, CultureInfo.InvariantCulture);
            if (status is >= 200 and < 300)
            {
                continue;
            }

            var (code, message) = StorageErrors.ParseBody(response[match.Index..]);
            var index = message is not null && message.Split(':') is [var first, ..] && int.TryParse(first, out var i) ? i : -1;
            throw new StorageRequestFailedException(status, code, null, "SubmitTransaction",
                $"operation {(index >= 0 ? index.ToString(CultureInfo.InvariantCulture) : "?")} of {count} failed: {message}");
        }
    }

    private static void AppendOperation(StringBuilder body, TableStorageClient client, string table, TableTransactionAction action, string changeset, int id)
    {
        var entity = action.Entity;
        var (method, json) = action.Type switch
        {
            TableTransactionActionType.UpsertReplace => ("PUT", TableJson.Serialize(entity)),
            TableTransactionActionType.UpsertMerge => ("MERGE", TableJson.Serialize(entity)),
            _ => ("DELETE", null),
        };
        body.Append("--").Append(changeset).Append("\r\n")
            .Append("Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n")
            .Append(method).Append(' ').Append(client.EntityUrl(table, entity.PartitionKey, entity.RowKey).AbsoluteUri).Append(" HTTP/1.1\r\n")
            .Append("Content-ID: ").Append(id.ToString(CultureInfo.InvariantCulture)).Append("\r\n")
            .Append("Accept: application/json;odata=minimalmetadata\r\nDataServiceVersion: 3.0;\r\n");
        if (json is null)
        {
            body.Append("If-Match: ").Append(entity.ETag ?? "*").Append("\r\n\r\n");
            return;
        }

        body.Append("Content-Type: application/json\r\n\r\n").Append(json).Append("\r\n");
    }

    [GeneratedRegex(@"^HTTP/1\.1 (?<status>\d{3})", RegexOptions.Multiline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex StatusLine();
}
