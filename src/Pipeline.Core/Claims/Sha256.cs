using System.Buffers.Binary;
using System.Runtime.Intrinsics;

namespace Pipeline.Core.Claims;

/// <summary>
/// SHA-256 (FIPS 180-4) in managed code, for the short keys claim ids hash. The platform one-shot hash goes through
/// the native crypto library on every call, and that call costs more than the hashing itself for a 50-byte key: with
/// one id per claim it was a sixth of extraction time. Tests check it against the platform implementation. The rounds
/// live in <see cref="Sha256Lanes"/>; without 256-bit vector hardware .NET emulates the vectors (slower, same digests).
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

    /// <summary>Word <paramref name="index"/> of the initial hash value, for <see cref="Sha256Lanes"/>.</summary>
    public static uint InitialWord(int index) => Initial[index];

    /// <summary>The constant of round <paramref name="round"/>, for <see cref="Sha256Lanes"/>.</summary>
    public static uint RoundConstant(int round) => RoundConstants[round];

    public static void Hash(ReadOnlySpan<byte> message, Span<byte> digest)
    {
        Span<Vector256<uint>> state = stackalloc Vector256<uint>[8];
        Sha256Lanes.Start(state);
        Span<Vector256<uint>> schedule = stackalloc Vector256<uint>[Rounds];
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
            BinaryPrimitives.WriteUInt32BigEndian(digest[(4 * i)..], state[i].GetElement(0));
        }
    }

    /// <summary>
    /// One block, through the lanes' compression with the same word in every lane: one copy of the rounds to keep
    /// right, and with vector hardware a block costs about the same either way.
    /// </summary>
    private static void Compress(Span<Vector256<uint>> state, ReadOnlySpan<byte> block, Span<Vector256<uint>> schedule)
    {
        for (var t = 0; t < 16; t++)
        {
            schedule[t] = Vector256.Create(BinaryPrimitives.ReadUInt32BigEndian(block.Slice(4 * t, 4)));
        }

        Sha256Lanes.Compress(state, schedule);
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
