using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.Intrinsics;
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

    /// <summary>
    /// The ids of an article's claims, the same as <see cref="For(ArticleId, ClaimKind, int, int)"/> gives one by one:
    /// keys are hashed eight at a time in vector lanes (one claim id per claim was a tenth of extraction time).
    /// </summary>
    public static string[] For(ArticleId article, ReadOnlySpan<(ClaimKind Kind, int Start, int End)> claims)
    {
        var ids = new string[claims.Length];
        if (!Sha256Lanes.IsAccelerated)
        {
            for (var i = 0; i < claims.Length; i++)
            {
                ids[i] = For(article, claims[i].Kind, claims[i].Start, claims[i].End);
            }

            return ids;
        }

        var slots = ArrayPool<byte>.Shared.Rent(claims.Length * Sha256Lanes.SlotBytes);
        Span<byte> prefix = stackalloc byte[Sha256Lanes.MaxMessageBytes];
        var prefixLength = ClaimIdKeys.Prefix(article, prefix);
        try
        {
            // Messages of one block first, two blocks from the end: each group fills whole lanes.
            var byBlocks = new int[claims.Length];
            var (oneBlock, twoBlocks) = (0, claims.Length);
            for (var i = 0; i < claims.Length; i++)
            {
                var slot = slots.AsSpan(i * Sha256Lanes.SlotBytes, Sha256Lanes.SlotBytes);
                if (prefixLength < 0 || !ClaimIdKeys.TryWrite(prefix[..prefixLength], claims[i], slot[..Sha256Lanes.MaxMessageBytes], out var length))
                {
                    ids[i] = For(article, claims[i].Kind, claims[i].Start, claims[i].End);
                }
                else if (Sha256Lanes.Pad(slot, length) == 1)
                {
                    byBlocks[oneBlock++] = i;
                }
                else
                {
                    byBlocks[--twoBlocks] = i;
                }
            }

            HashInLanes(slots, byBlocks.AsSpan(0, oneBlock), 1, ids);
            HashInLanes(slots, byBlocks.AsSpan(twoBlocks), 2, ids);
            return ids;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(slots);
        }
    }

    private static void HashInLanes(byte[] slots, ReadOnlySpan<int> messages, int blocks, string[] ids)
    {
        Span<ulong> prefixes = stackalloc ulong[Sha256Lanes.Lanes];
        Span<byte> idBytes = stackalloc byte[IdBytes];
        Span<Vector256<uint>> scratch = stackalloc Vector256<uint>[Sha256Lanes.ScratchVectors];
        for (var from = 0; from < messages.Length; from += Sha256Lanes.Lanes)
        {
            var lanes = messages.Slice(from, Math.Min(Sha256Lanes.Lanes, messages.Length - from));
            Sha256Lanes.DigestPrefixes(slots, lanes, blocks, prefixes, scratch);
            for (var l = 0; l < lanes.Length; l++)
            {
                BinaryPrimitives.WriteUInt64BigEndian(idBytes, prefixes[l]);
                ids[lanes[l]] = Convert.ToHexStringLower(idBytes);
            }
        }
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
