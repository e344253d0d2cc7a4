using System.Text;
using Pipeline.Core.Articles;

namespace Pipeline.Core.Claims;

/// <summary>Claim ids are a hash of the article, the kind and the span, so re-extraction gives the same ids.</summary>
public static class ClaimIds
{
    private const int IdBytes = 8;
    private const int StackKeyChars = 256;

    public static string For(ArticleId article, ClaimKind kind, int start, int end)
    {
        // The key "{article}:{kind}:{start}:{end}" is formatted and hashed on the stack: one string per claim, the id itself.
        var kindName = ContractNames.Of(kind);
        var maxChars = article.Value.Length + kindName.Length + 25;
        if (maxChars > StackKeyChars)
        {
            return Hash($"{article.Value}:{kindName}:{start}:{end}");
        }

        Span<char> key = stackalloc char[StackKeyChars];
        key.TryWrite(System.Globalization.CultureInfo.InvariantCulture, $"{article.Value}:{kindName}:{start}:{end}", out var written);
        return Hash(key[..written]);
    }

    private static string Hash(ReadOnlySpan<char> key)
    {
        Span<byte> utf8 = key.Length <= StackKeyChars ? stackalloc byte[StackKeyChars * 3] : new byte[Encoding.UTF8.GetMaxByteCount(key.Length)];
        var length = Encoding.UTF8.GetBytes(key, utf8);
        Span<byte> hash = stackalloc byte[Sha256.HashBytes];
        Sha256.Hash(utf8[..length], hash);
        return Convert.ToHexStringLower(hash[..IdBytes]);
    }
}
