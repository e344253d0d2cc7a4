using System.Text;
using Pipeline.Core.Articles;

namespace Pipeline.Core.Claims;

/// <summary>
/// The key "{article}:{kind}:{start}:{end}" of a claim id (<see cref="ClaimIds"/>) in UTF-8, written straight into its
/// hash slot: the article's part once per article, the kind's from a table, the offsets digit by digit. Formatting
/// each key as text and transcoding it was a third of the ids' cost. Whatever these cannot write (a long article id,
/// a kind or offset out of the ordinary) is left to the text formatting, which gives the same key.
/// </summary>
internal static class ClaimIdKeys
{
    // "{kind}:" in UTF-8, by kind value.
    private static readonly byte[]?[] KindParts = KindPartsByValue();

    private static byte[]?[] KindPartsByValue()
    {
        var kinds = Enum.GetValues<ClaimKind>().Where(kind => kind >= 0).ToArray();
        var parts = new byte[]?[kinds.Length == 0 ? 0 : (int)kinds.Max() + 1];
        foreach (var kind in kinds)
        {
            parts[(int)kind] = Encoding.UTF8.GetBytes(ContractNames.Of(kind) + ":");
        }

        return parts;
    }

    /// <summary>"{article}:" in UTF-8 at the start of <paramref name="prefix"/>; its length, or -1 when it does not fit.</summary>
    public static int Prefix(ArticleId article, Span<byte> prefix)
    {
        if (!Encoding.UTF8.TryGetBytes(article.Value, prefix, out var length) || length >= prefix.Length)
        {
            return -1;
        }

        prefix[length] = (byte)':';
        return length + 1;
    }

    /// <summary>The key after the article's <paramref name="prefix"/>, in the first <paramref name="length"/> bytes of <paramref name="message"/>.</summary>
    public static bool TryWrite(ReadOnlySpan<byte> prefix, (ClaimKind Kind, int Start, int End) claim, Span<byte> message, out int length)
    {
        length = 0;
        if ((uint)claim.Kind >= (uint)KindParts.Length || KindParts[(int)claim.Kind] is not { } kind || prefix.Length + kind.Length > message.Length)
        {
            return false;
        }

        prefix.CopyTo(message);
        kind.CopyTo(message[prefix.Length..]);
        var at = prefix.Length + kind.Length;
        if (!TryAppend(message, ref at, claim.Start) || at >= message.Length)
        {
            return false;
        }

        message[at++] = (byte)':';
        if (!TryAppend(message, ref at, claim.End))
        {
            return false;
        }

        length = at;
        return true;
    }

    private static bool TryAppend(Span<byte> message, ref int at, int number)
    {
        var digits = 1;
        for (var rest = number / 10; rest > 0; rest /= 10)
        {
            digits++;
        }

        if (number < 0 || at + digits > message.Length)
        {
            return false;
        }

        for (var i = at + digits - 1; i >= at; i--)
        {
            message[i] = (byte)('0' + (number % 10));
            number /= 10;
        }

        at += digits;
        return true;
    }
}
