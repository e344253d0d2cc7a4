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
        if ((uint)claim.Kind >= (uint)KindParts.Length || KindParts[(int)claim.Kind] is not { } kind || claim.Start < 0 || claim.End < 0)
        {
            return false;
        }

        // Lengths first, then each part written once into its place: one bounds check for the whole key.
        var (startDigits, endDigits) = (DigitCount((uint)claim.Start), DigitCount((uint)claim.End));
        var at = prefix.Length + kind.Length;
        var total = at + startDigits + 1 + endDigits;
        if (total > message.Length)
        {
            return false;
        }

        prefix.CopyTo(message);
        kind.CopyTo(message[prefix.Length..]);
        WriteDigits(message.Slice(at, startDigits), (uint)claim.Start);
        message[at + startDigits] = (byte)':';
        WriteDigits(message.Slice(at + startDigits + 1, endDigits), (uint)claim.End);
        length = total;
        return true;
    }

    private static int DigitCount(uint number) => number switch
    {
        < 10 => 1,
        < 100 => 2,
        < 1_000 => 3,
        < 10_000 => 4,
        < 100_000 => 5,
        < 1_000_000 => 6,
        < 10_000_000 => 7,
        < 100_000_000 => 8,
        < 1_000_000_000 => 9,
        _ => 10,
    };

    /// <summary>The number's decimal digits, filling <paramref name="digits"/> from its end.</summary>
    private static void WriteDigits(Span<byte> digits, uint number)
    {
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            (number, var digit) = Math.DivRem(number, 10u);
            digits[i] = (byte)('0' + digit);
        }
    }
}
