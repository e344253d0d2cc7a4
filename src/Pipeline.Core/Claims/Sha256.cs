using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Pipeline.Core.Claims;

/// <summary>
/// SHA-256 (FIPS 180-4) in managed code, for the short keys claim ids hash. The platform one-shot hash goes through
/// the native crypto library on every call, and that call costs more than the hashing itself for a 50-byte key: with
/// one id per claim it was a sixth of extraction time. Tests check it against the platform implementation.
/// </summary>
internal static class Sha256
{
    public const int HashBytes = 32;

    private const int BlockBytes = 64;
    private const int Rounds = 64;

    // The spec defines both tables by the primes: fractional parts of the square roots of the first 8 and of the cube
    // roots of the first 64. Computing them avoids 72 hand-copied constants.
    private static readonly uint[] Initial = FractionBits(Primes(8), Math.Sqrt);
    private static readonly uint[] RoundConstants = FractionBits(Primes(Rounds), Math.Cbrt);

    public static void Hash(ReadOnlySpan<byte> message, Span<byte> digest)
    {
        Span<uint> state = stackalloc uint[8];
        Initial.CopyTo(state);
        Span<uint> schedule = stackalloc uint[Rounds];
        var full = message.Length - (message.Length % BlockBytes);
        for (var offset = 0; offset < full; offset += BlockBytes)
        {
            Compress(state, message.Slice(offset, BlockBytes), schedule);
        }

        // The tail, a 1 bit, zeros, and the message length in bits: one block, or two when the tail leaves no room.
        Span<byte> tail = stackalloc byte[2 * BlockBytes];
        tail.Clear();
        message[full..].CopyTo(tail);
        tail[message.Length - full] = 0x80;
        var tailLength = message.Length - full + 1 + sizeof(ulong) <= BlockBytes ? BlockBytes : 2 * BlockBytes;
        BinaryPrimitives.WriteUInt64BigEndian(tail[(tailLength - sizeof(ulong))..], (ulong)message.Length * 8);
        for (var offset = 0; offset < tailLength; offset += BlockBytes)
        {
            Compress(state, tail.Slice(offset, BlockBytes), schedule);
        }

        for (var i = 0; i < state.Length; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(digest[(4 * i)..], state[i]);
        }
    }

    /// <summary>
    /// One 64-byte block. Rounds go eight at a time with the working variables renamed instead of shifted (the spec's
    /// "h = g; g = f; ..." is eight moves per round); the schedule is read through a ref because the JIT could not
    /// prove the w[t - 15] style indices in range, and these two changes halved the cost of a claim id.
    /// </summary>
    private static void Compress(Span<uint> state, ReadOnlySpan<byte> block, Span<uint> schedule)
    {
        unchecked
        {
            ref var w = ref MemoryMarshal.GetReference(schedule[..Rounds]);
            ref var k = ref MemoryMarshal.GetArrayDataReference(RoundConstants);
            for (var t = 0; t < 16; t++)
            {
                Unsafe.Add(ref w, t) = BinaryPrimitives.ReadUInt32BigEndian(block.Slice(4 * t, 4));
            }

            for (var t = 16; t < Rounds; t++)
            {
                var w15 = Unsafe.Add(ref w, t - 15);
                var w2 = Unsafe.Add(ref w, t - 2);
                var s0 = BitOperations.RotateRight(w15, 7) ^ BitOperations.RotateRight(w15, 18) ^ (w15 >> 3);
                var s1 = BitOperations.RotateRight(w2, 17) ^ BitOperations.RotateRight(w2, 19) ^ (w2 >> 10);
                Unsafe.Add(ref w, t) = Unsafe.Add(ref w, t - 16) + s0 + Unsafe.Add(ref w, t - 7) + s1;
            }

            uint a = state[0], b = state[1], c = state[2], d = state[3], e = state[4], f = state[5], g = state[6], h = state[7];
            for (var t = 0; t < Rounds; t += 8)
            {
                Round(a, b, c, ref d, e, f, g, ref h, Unsafe.Add(ref k, t) + Unsafe.Add(ref w, t));
                Round(h, a, b, ref c, d, e, f, ref g, Unsafe.Add(ref k, t + 1) + Unsafe.Add(ref w, t + 1));
                Round(g, h, a, ref b, c, d, e, ref f, Unsafe.Add(ref k, t + 2) + Unsafe.Add(ref w, t + 2));
                Round(f, g, h, ref a, b, c, d, ref e, Unsafe.Add(ref k, t + 3) + Unsafe.Add(ref w, t + 3));
                Round(e, f, g, ref h, a, b, c, ref d, Unsafe.Add(ref k, t + 4) + Unsafe.Add(ref w, t + 4));
                Round(d, e, f, ref g, h, a, b, ref c, Unsafe.Add(ref k, t + 5) + Unsafe.Add(ref w, t + 5));
                Round(c, d, e, ref f, g, h, a, ref b, Unsafe.Add(ref k, t + 6) + Unsafe.Add(ref w, t + 6));
                Round(b, c, d, ref e, f, g, h, ref a, Unsafe.Add(ref k, t + 7) + Unsafe.Add(ref w, t + 7));
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
    }

    /// <summary>One round: d gains temp1 and h becomes the new a; the caller renames the variables for the next round.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Round(uint a, uint b, uint c, ref uint d, uint e, uint f, uint g, ref uint h, uint constantPlusWord)
    {
        unchecked
        {
            var sum1 = BitOperations.RotateRight(e, 6) ^ BitOperations.RotateRight(e, 11) ^ BitOperations.RotateRight(e, 25);
            var choice = (e & f) ^ (~e & g);
            var temp1 = h + sum1 + choice + constantPlusWord;
            var sum0 = BitOperations.RotateRight(a, 2) ^ BitOperations.RotateRight(a, 13) ^ BitOperations.RotateRight(a, 22);
            var majority = (a & b) ^ (a & c) ^ (b & c);
            d += temp1;
            h = temp1 + sum0 + majority;
        }
    }

    private static uint[] FractionBits(int[] primes, Func<double, double> root) =>
        [.. primes.Select(p => root(p)).Select(r => (uint)Math.Floor((r - Math.Floor(r)) * 4294967296.0))];

    private static int[] Primes(int count)
    {
        var primes = new List<int>(count);
        for (var n = 2; primes.Count < count; n++)
        {
            if (primes.TrueForAll(p => n % p != 0))
            {
                primes.Add(n);
            }
        }

        return [.. primes];
    }
}
