using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Pipeline.Core.Claims;

/// <summary>
/// One 64-byte block of each of eight messages turned into the sixteen schedule words of <see cref="Sha256Lanes"/>
/// (word t of every message in one vector): each message's words loaded eight at a time, byte-swapped to big-endian
/// and transposed eight by eight, where reading them one word of one message at a time was a quarter of the ids' cost.
/// </summary>
internal static class Sha256Transpose
{
    private const int Lanes = Sha256Lanes.Lanes;

    // Reverses the bytes of each 32-bit word: the message words are big-endian.
    private static readonly Vector256<byte> WordBytesReversed = Vector256.Create(
        (byte)3, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8, 15, 14, 13, 12, 3, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8, 15, 14, 13, 12);

    /// <summary>Words 0-15 of the block at <paramref name="blockOffset"/> in each message's slot; unused lanes repeat the last message.</summary>
    public static void Load(ReadOnlySpan<byte> slots, ReadOnlySpan<int> messages, int blockOffset, Span<Vector256<uint>> schedule)
    {
        // Each half's rows go where its columns will, and are transposed in place: no buffer of their own to clear.
        for (var half = 0; half < 2; half++)
        {
            var rows = schedule.Slice(half * Lanes, Lanes);
            for (var l = 0; l < Lanes; l++)
            {
                var offset = (messages[Math.Min(l, messages.Length - 1)] * Sha256Lanes.SlotBytes) + blockOffset + (half * 32);
                var bytes = Vector256.Create(slots.Slice(offset, 32));
                rows[l] = Avx2.Shuffle(bytes, WordBytesReversed).AsUInt32();
            }

            Transpose(rows);
        }
    }

    /// <summary>Column t of the eight rows becomes row t: every row is read before the first is written.</summary>
    private static void Transpose(Span<Vector256<uint>> rows)
    {
        // Pairs of rows interleaved, then pairs of pairs: each 128-bit half then holds four rows' word t (low half) or t + 4.
        var (t0, t1) = (Avx2.UnpackLow(rows[0], rows[1]), Avx2.UnpackHigh(rows[0], rows[1]));
        var (t2, t3) = (Avx2.UnpackLow(rows[2], rows[3]), Avx2.UnpackHigh(rows[2], rows[3]));
        var (t4, t5) = (Avx2.UnpackLow(rows[4], rows[5]), Avx2.UnpackHigh(rows[4], rows[5]));
        var (t6, t7) = (Avx2.UnpackLow(rows[6], rows[7]), Avx2.UnpackHigh(rows[6], rows[7]));
        Span<Vector256<uint>> quads =
        [
            LowPairs(t0, t2), HighPairs(t0, t2), LowPairs(t1, t3), HighPairs(t1, t3),
            LowPairs(t4, t6), HighPairs(t4, t6), LowPairs(t5, t7), HighPairs(t5, t7),
        ];
        for (var t = 0; t < 4; t++)
        {
            rows[t] = Avx2.Permute2x128(quads[t], quads[t + 4], 0x20);
            rows[t + 4] = Avx2.Permute2x128(quads[t], quads[t + 4], 0x31);
        }
    }

    private static Vector256<uint> LowPairs(Vector256<uint> a, Vector256<uint> b) => Avx2.UnpackLow(a.AsUInt64(), b.AsUInt64()).AsUInt32();

    private static Vector256<uint> HighPairs(Vector256<uint> a, Vector256<uint> b) => Avx2.UnpackHigh(a.AsUInt64(), b.AsUInt64()).AsUInt32();
}
