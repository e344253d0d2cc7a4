using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Pipeline.Core.Claims;

/// <summary>
/// SHA-256 of eight short messages at once, one per lane of a 256-bit vector. Every claim id hashes a key of about 50
/// bytes, and a scalar block costs about as much as eight lanes, so an article's ids are hashed together. Only the first
/// 64 bits of each digest are returned: that is all of it a claim id uses. Tests check the lanes against the platform.
/// </summary>
internal static class Sha256Lanes
{
    public const int Lanes = 8;

    /// <summary>Room for a message that pads to two blocks; each message is padded in place in its slot.</summary>
    public const int SlotBytes = 2 * BlockBytes;

    /// <summary>The longest message that pads to two blocks (a 1 bit and the 64-bit length follow it).</summary>
    public const int MaxMessageBytes = SlotBytes - 1 - sizeof(ulong);

    private const int BlockBytes = 64;
    private const int Rounds = 64;

    public static bool IsAccelerated => Vector256.IsHardwareAccelerated;

    /// <summary>
    /// Pads the message in <paramref name="slot"/> (its first <paramref name="length"/> bytes) the way FIPS 180-4 does
    /// and returns how many blocks it takes, 1 or 2.
    /// </summary>
    public static int Pad(Span<byte> slot, int length)
    {
        var blocks = length + 1 + sizeof(ulong) <= BlockBytes ? 1 : 2;
        var padded = slot[..(blocks * BlockBytes)];
        padded[length..].Clear();
        padded[length] = 0x80;
        BinaryPrimitives.WriteUInt64BigEndian(padded[^sizeof(ulong)..], (ulong)length * 8);
        return blocks;
    }

    /// <summary>
    /// Room for the state and the message schedule of <see cref="DigestPrefixes"/>, which its caller allocates once for
    /// all of an article's lanes: 2 KB of stack cleared for every eight ids showed in the profile.
    /// </summary>
    public const int ScratchVectors = 8 + Rounds;

    /// <summary>
    /// The first 8 digest bytes, as a big-endian number, of the padded messages in the given slots of
    /// <paramref name="slots"/> (at most <see cref="Lanes"/>, all of <paramref name="blocks"/> blocks), working in
    /// <paramref name="scratch"/> (<see cref="ScratchVectors"/> long).
    /// </summary>
    public static void DigestPrefixes(ReadOnlySpan<byte> slots, ReadOnlySpan<int> messages, int blocks, Span<ulong> prefixes, Span<Vector256<uint>> scratch)
    {
        var state = scratch[..8];
        Start(state);

        var schedule = scratch.Slice(8, Rounds);
        for (var block = 0; block < blocks; block++)
        {
            if (Avx2.IsSupported)
            {
                Sha256Transpose.Load(slots, messages, block * BlockBytes, schedule);
            }
            else
            {
                LoadByWord(slots, messages, block, schedule);
            }

            Compress(state, schedule);
        }

        for (var m = 0; m < messages.Length; m++)
        {
            prefixes[m] = ((ulong)state[0].GetElement(m) << 32) | state[1].GetElement(m);
        }
    }

    /// <summary>The block's sixteen words, each across the lanes, one word of one message at a time.</summary>
    private static void LoadByWord(ReadOnlySpan<byte> slots, ReadOnlySpan<int> messages, int block, Span<Vector256<uint>> schedule)
    {
        Span<uint> lane = stackalloc uint[Lanes];
        for (var t = 0; t < 16; t++)
        {
            for (var l = 0; l < Lanes; l++)
            {
                // Unused lanes repeat the last message; their digests are not read.
                var offset = (messages[Math.Min(l, messages.Length - 1)] * SlotBytes) + (block * BlockBytes) + (4 * t);
                lane[l] = BinaryPrimitives.ReadUInt32BigEndian(slots.Slice(offset, 4));
            }

            schedule[t] = Vector256.Create<uint>(lane);
        }
    }

    /// <summary>The initial hash value in every lane.</summary>
    public static void Start(Span<Vector256<uint>> state)
    {
        for (var i = 0; i < state.Length; i++)
        {
            state[i] = Vector256.Create(Sha256.InitialWord(i));
        }
    }

    /// <summary>
    /// One block per lane; the first 16 schedule words hold the block. Rounds go eight at a time with the working
    /// variables renamed instead of shifted (the spec's "h = g; g = f; ..." is eight moves per round).
    /// </summary>
    public static void Compress(Span<Vector256<uint>> state, Span<Vector256<uint>> schedule)
    {
        var w = schedule[..Rounds];
        for (var t = 16; t < Rounds; t++)
        {
            var w15 = w[t - 15];
            var w2 = w[t - 2];
            var s0 = RotateRight(w15, 7) ^ RotateRight(w15, 18) ^ Vector256.ShiftRightLogical(w15, 3);
            var s1 = RotateRight(w2, 17) ^ RotateRight(w2, 19) ^ Vector256.ShiftRightLogical(w2, 10);
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }

        Vector256<uint> a = state[0], b = state[1], c = state[2], d = state[3], e = state[4], f = state[5], g = state[6], h = state[7];
        for (var t = 0; t < Rounds; t += 8)
        {
            Round(a, b, c, ref d, e, f, g, ref h, Word(w, t));
            Round(h, a, b, ref c, d, e, f, ref g, Word(w, t + 1));
            Round(g, h, a, ref b, c, d, e, ref f, Word(w, t + 2));
            Round(f, g, h, ref a, b, c, d, ref e, Word(w, t + 3));
            Round(e, f, g, ref h, a, b, c, ref d, Word(w, t + 4));
            Round(d, e, f, ref g, h, a, b, ref c, Word(w, t + 5));
            Round(c, d, e, ref f, g, h, a, ref b, Word(w, t + 6));
            Round(b, c, d, ref e, f, g, h, ref a, Word(w, t + 7));
        }

        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<uint> Word(Span<Vector256<uint>> w, int t) => Vector256.Create(Sha256.RoundConstant(t)) + w[t];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Round(
        Vector256<uint> a, Vector256<uint> b, Vector256<uint> c, ref Vector256<uint> d,
        Vector256<uint> e, Vector256<uint> f, Vector256<uint> g, ref Vector256<uint> h, Vector256<uint> constantPlusWord)
    {
        var sum1 = RotateRight(e, 6) ^ RotateRight(e, 11) ^ RotateRight(e, 25);
        var choice = Vector256.ConditionalSelect(e, f, g);
        var temp1 = h + sum1 + choice + constantPlusWord;
        var sum0 = RotateRight(a, 2) ^ RotateRight(a, 13) ^ RotateRight(a, 22);
        var majority = Vector256.ConditionalSelect(a ^ b, c, b);
        d += temp1;
        h = temp1 + sum0 + majority;
    }

    /// <summary>
    /// One instruction with AVX-512 (a third of the rounds' instructions were the two shifts and the or of a rotate);
    /// else the shifts.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<uint> RotateRight(Vector256<uint> x, [ConstantExpected] byte bits) =>
        Avx512F.VL.IsSupported
            ? Avx512F.VL.RotateRight(x, bits)
            : Vector256.ShiftRightLogical(x, bits) | Vector256.ShiftLeft(x, 32 - bits);
}
