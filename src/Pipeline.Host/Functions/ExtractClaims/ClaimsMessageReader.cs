using System.Text.Json;
using Pipeline.Core.Articles;
using Pipeline.Host.Contracts;
using Pipeline.Host.Persistence;

namespace Pipeline.Host.Functions.ExtractClaims;

/// <summary>Reads and validates an article-claims message; says why when it cannot.</summary>
public static class ClaimsMessageReader
{
    public static ClaimsMessage? TryRead(string text, out string? error)
    {
        try
        {
            var message = JsonSerializer.Deserialize<ClaimsMessage>(text, ContractJson.Options);
            error = message is null || !ArticleId.TryParse(message.ArticleId, out _) ? "The message has no valid articleId." : null;
            return error is null ? message : null;
        }
        catch (JsonException e)
        {
            error = $"The message is not JSON: {e.Message}";
            return null;
        }
    }
}
