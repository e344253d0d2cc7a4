using System.Text;

namespace Pipeline.Storage.Tables;

/// <summary>The service's NextPartitionKey/NextRowKey pair, carried as one opaque base64url token.</summary>
internal sealed record TableContinuation(string PartitionKey, string? RowKey)
{
    public static TableContinuation? Parse(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(token.Replace('-', '+').Replace('_', '/').PadRight((token.Length + 3) / 4 * 4, '=')));
            var parts = decoded.Split('\n');
            return parts.Length == 2 && parts[0].Length > 0 ? new TableContinuation(parts[0], parts[1].Length == 0 ? null : parts[1]) : throw new FormatException();
        }
        catch (FormatException)
        {
            throw new FormatException("The continuation token is not one this service issued.");
        }
    }

    public static TableContinuation? FromResponse(HttpResponseMessage response)
    {
        var partition = Header(response, "x-ms-continuation-NextPartitionKey");
        return partition is null ? null : new TableContinuation(partition, Header(response, "x-ms-continuation-NextRowKey"));
    }

    public static string QueryString(TableQuery query, TableContinuation? continuation)
    {
        var parts = new List<string> { $"$top={Math.Clamp(query.PageSize, 1, 1000)}" };
        if (query.Filter is not null)
        {
            parts.Add("$filter=" + Uri.EscapeDataString(query.Filter.Expression));
        }

        if (query.Select is { Count: > 0 })
        {
            // The keys are always selected: every entity we return is addressable.
            var names = query.Select.Concat(["PartitionKey", "RowKey"]).Distinct(StringComparer.Ordinal);
            parts.Add("$select=" + Uri.EscapeDataString(string.Join(',', names)));
        }

        if (continuation is not null)
        {
            parts.Add("NextPartitionKey=" + Uri.EscapeDataString(continuation.PartitionKey));
            if (continuation.RowKey is not null)
            {
                parts.Add("NextRowKey=" + Uri.EscapeDataString(continuation.RowKey));
            }
        }

        return "?" + string.Join('&', parts);
    }

    public override string ToString() =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{PartitionKey}\n{RowKey}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
