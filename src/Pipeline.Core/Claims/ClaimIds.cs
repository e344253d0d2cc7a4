using System.Security.Cryptography;
using System.Text;
using Pipeline.Core.Articles;

namespace Pipeline.Core.Claims;

/// <summary>Claim ids are a hash of the article, the kind and the span, so re-extraction gives the same ids.</summary>
public static class ClaimIds
{
    public static string For(ArticleId article, ClaimKind kind, int start, int end)
    {
        var key = $"{article.Value}:{ContractNames.Of(kind)}:{start}:{end}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
    }
}
