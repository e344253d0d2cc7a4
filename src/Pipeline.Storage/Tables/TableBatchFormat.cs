using System.Globalization;
using System.Text;

namespace Pipeline.Storage.Tables;

/// <summary>The multipart/mixed request body of an entity group transaction (CRLF line endings throughout).</summary>
internal static class TableBatchFormat
{
    /// <summary>The service's limit on a transaction's payload.</summary>
    public const int MaxPayloadBytes = 4 * 1024 * 1024;

    public static byte[] Body(TableStorageClient client, string table, IReadOnlyList<TableTransactionAction> actions, string batch, string changeset)
    {
        var body = new StringBuilder(actions.Count * 512)
            .Append("--").Append(batch).Append("\r\n")
            .Append("Content-Type: multipart/mixed; boundary=").Append(changeset).Append("\r\n\r\n");
        for (var i = 0; i < actions.Count; i++)
        {
            AppendOperation(body, client, table, actions[i], changeset, i + 1);
        }

        body.Append("--").Append(changeset).Append("--\r\n")
            .Append("--").Append(batch).Append("--\r\n");
        var bytes = Encoding.UTF8.GetBytes(body.ToString());
        return bytes.Length <= MaxPayloadBytes
            ? bytes
            : throw new ArgumentException($"The transaction is {bytes.Length} bytes; the service accepts at most {MaxPayloadBytes} (4 MiB).", nameof(actions));
    }

    private static void AppendOperation(StringBuilder body, TableStorageClient client, string table, TableTransactionAction action, string changeset, int id)
    {
        var entity = action.Entity;
        var (method, hasBody, ifMatch) = action.Type switch
        {
            TableTransactionActionType.UpsertReplace => ("PUT", true, null),
            TableTransactionActionType.UpsertMerge => ("MERGE", true, null),
            TableTransactionActionType.Insert => ("POST", true, null),
            TableTransactionActionType.UpdateReplace => ("PUT", true, entity.ETag ?? "*"),
            TableTransactionActionType.UpdateMerge => ("MERGE", true, entity.ETag ?? "*"),
            TableTransactionActionType.Delete => ("DELETE", false, entity.ETag ?? "*"),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action.Type, "Unknown transaction action."),
        };
        var url = action.Type == TableTransactionActionType.Insert ? client.TableUrl(table) : client.EntityUrl(table, entity.PartitionKey, entity.RowKey);
        body.Append("--").Append(changeset).Append("\r\n")
            .Append("Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n")
            .Append(method).Append(' ').Append(url.AbsoluteUri).Append(" HTTP/1.1\r\n")
            .Append("Content-ID: ").Append(id.ToString(CultureInfo.InvariantCulture)).Append("\r\n")
            .Append("Accept: application/json;odata=minimalmetadata\r\nDataServiceVersion: 3.0;\r\n");
        if (ifMatch is not null)
        {
            body.Append("If-Match: ").Append(ifMatch).Append("\r\n");
        }

        if (!hasBody)
        {
            body.Append("\r\n");
            return;
        }

        if (action.Type == TableTransactionActionType.Insert)
        {
            body.Append("Prefer: return-no-content\r\n");
        }

        body.Append("Content-Type: application/json\r\n\r\n").Append(Encoding.UTF8.GetString(TableJson.Serialize(entity))).Append("\r\n");
    }
}
