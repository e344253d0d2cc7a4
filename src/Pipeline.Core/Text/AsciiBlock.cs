using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Pipeline.Core.Text;

/// <summary>
/// The tokens of up to <see cref="Length"/> ASCII characters, found with one bit mask per character class: a token
/// ends where a character does not continue the one before it. Tokens average about five characters, and a vector
/// search per token for its end (most of the tokenizer's time) cost more than classifying the whole block at once.
/// </summary>
internal static class AsciiBlock
{
    public const int Length = 64;

    /// <summary>
    /// Adds the tokens from <paramref name="position"/> (a token bound) that end in the block, and returns the end of
    /// the last one: <paramref name="position"/> itself when none does. <paramref name="asciiLength"/> is how many of
    /// the block's characters are ASCII; bounds beyond those are the caller's to find.
    /// </summary>
    public static int Fill(string text, int position, bool joinedAtStart, Token[] tokens, ref int count, out int asciiLength)
    {
        var chars = MemoryMarshal.Cast<char, ushort>(text.AsSpan(position, Length));
        var (a, b, c, d) = (Vector256.Create(chars), Vector256.Create(chars[16..]), Vector256.Create(chars[32..]), Vector256.Create(chars[48..]));
        asciiLength = ((a | b | c | d) & Vector256.Create((ushort)0xFF80)) == Vector256<ushort>.Zero ? Length : LeadingAscii(a, b, c, d);

        // A bound at e is decided by characters e - 1 to e + 1 (the apostrophe rule looks one on), so all must be ASCII.
        var last = asciiLength - 2;
        if (last < 1)
        {
            return position;
        }

        var (low, high) = (Vector256.Narrow(a, b), Vector256.Narrow(c, d));
        var space = Bits(Vector256.LessThanOrEqual(low, Vector256.Create((byte)' ')) | Vector256.Equals(low, Vector256.Create((byte)127)),
            Vector256.LessThanOrEqual(high, Vector256.Create((byte)' ')) | Vector256.Equals(high, Vector256.Create((byte)127)));
        var letter = Bits(IsLetter(low), IsLetter(high));
        var digit = Bits(Vector256.LessThan(low - Vector256.Create((byte)'0'), Vector256.Create((byte)10)), Vector256.LessThan(high - Vector256.Create((byte)'0'), Vector256.Create((byte)10)));
        var apostrophe = Bits(Vector256.Equals(low, Vector256.Create((byte)'\'')), Vector256.Equals(high, Vector256.Create((byte)'\'')));

        // The tokenizer's rules as masks (bit p is character p): letters continue letters, digits digits, and an
        // apostrophe between two letters joins them ("Zelensky's"). Bit 0 continues nothing: the block starts at a bound.
        var joins = apostrophe & (letter << 1) & (letter >> 1);
        var continues = (letter & ((letter | joins) << 1)) | (digit & (digit << 1)) | joins;
        var starts = ~space & ~continues;
        var ends = (~space << 1) & ~continues & ((2UL << last) - 1);
        var afterText = (~space << 1) | (joinedAtStart ? 1UL : 0UL);

        // Unchecked even if the project ever checks arithmetic: overflow tests were a fifth of this loop's instructions.
        var (added, end) = (count, 0);
        while (ends != 0)
        {
            unchecked
            {
                (var start, end) = (BitOperations.TrailingZeroCount(starts), BitOperations.TrailingZeroCount(ends));
                (starts, ends) = (starts & (starts - 1), ends & (ends - 1));

                // Letters 0, Digits 1, Punctuation 2, from the start's classes without a branch.
                var kind = (TokenKind)(2 - (2 * (int)((letter >> start) & 1)) - (int)((digit >> start) & 1));
                tokens[added++] = new Token(position + start, position + end, kind, ((afterText >> start) & 1) != 0);
            }
        }

        count = added;
        return position + end;
    }

    private static Vector256<byte> IsLetter(Vector256<byte> chars) =>
        Vector256.LessThan((chars | Vector256.Create((byte)0x20)) - Vector256.Create((byte)'a'), Vector256.Create((byte)26));

    private static ulong Bits(Vector256<byte> low, Vector256<byte> high) =>
        Vector256.ExtractMostSignificantBits(low) | ((ulong)Vector256.ExtractMostSignificantBits(high) << 32);

    private static int LeadingAscii(Vector256<ushort> a, Vector256<ushort> b, Vector256<ushort> c, Vector256<ushort> d)
    {
        var limit = Vector256.Create((ushort)0x7F);
        var wide = Vector256.ExtractMostSignificantBits(Vector256.GreaterThan(a, limit)) | ((ulong)Vector256.ExtractMostSignificantBits(Vector256.GreaterThan(b, limit)) << 16)
            | ((ulong)Vector256.ExtractMostSignificantBits(Vector256.GreaterThan(c, limit)) << 32) | ((ulong)Vector256.ExtractMostSignificantBits(Vector256.GreaterThan(d, limit)) << 48);
        return BitOperations.TrailingZeroCount(wide);
    }
}
