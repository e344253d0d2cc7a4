using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Pipeline.Core.Text;

/// <summary>
/// The ASCII words of up to <see cref="MaxLength"/> characters (nearly every token), looked up without a branch on the
/// answer. Each key has two slots it may sit in (cuckoo hashing); a lookup reads both, compares each as two integers
/// and picks the id with conditional moves. A probe loop ends on whether a word is in the table, which the branch
/// predictor cannot guess and which waits for the slot's load; here nothing does.
/// </summary>
internal sealed class ShortWordTable
{
    public const int MaxLength = 12;

    /// <summary>How many characters <see cref="IdOf"/> reads, whatever the word's length.</summary>
    public const int Window = 16;

    private const ulong LowMultiplier = 0x9E3779B97F4A7C15;
    private const ulong HighMultiplier = 0xC2B2AE3D27D4EB4F;
    private const ulong SecondMultiplier = 0xD6E8FEB86659FD93;

    // Insertion gives up on a cycle after this many moves, and the table doubles.
    private const int MaxMoves = 500;

    private static readonly Vector256<ushort> Positions = Vector256.Create((ushort)0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);

    private readonly Slot[] slots;
    private readonly int shift;

    /// <summary>Keys must be ASCII and upper case (<see cref="AsciiWordTable.Fold"/>); each key once. Longer keys are left out.</summary>
    public ShortWordTable(IEnumerable<(string UpperKey, int Id)> entries)
    {
        var keys = entries.Where(entry => entry.UpperKey.Length <= MaxLength).Select(entry => Pack(entry.UpperKey, entry.Id)).ToList();
        var size = 16;
        while (size < keys.Count * 2)
        {
            size *= 2;
        }

        while (!TryPlace(keys, size, out slots, out shift))
        {
            size *= 2;
        }
    }

    /// <summary>
    /// The id of the first <paramref name="length"/> characters (at most <see cref="MaxLength"/>) of
    /// <paramref name="window"/> (<see cref="Window"/> characters), as <see cref="AsciiWordTable.IdOf"/> gives it for
    /// a word without NUL characters; <see cref="AsciiWordTable.NotAscii"/> for a word with other characters.
    /// </summary>
    public int IdOf(ReadOnlySpan<char> window, int length)
    {
        var chars = Vector256.Create(MemoryMarshal.Cast<char, ushort>(window)) & Vector256.LessThan(Positions, Vector256.Create((ushort)length));
        if ((chars & Vector256.Create((ushort)0xFF80)) != Vector256<ushort>.Zero)
        {
            return AsciiWordTable.NotAscii;
        }

        // ASCII upper case as Fold gives it, lane by lane; the padding stays zero, so lengths are compared too.
        var lower = Vector256.LessThan(chars - Vector256.Create((ushort)'a'), Vector256.Create((ushort)26));
        var folded = chars - (lower & Vector256.Create((ushort)('a' - 'A')));
        var word = Vector128.Narrow(folded.GetLower(), folded.GetUpper());
        var (low, high) = (word.AsUInt64().GetElement(0), word.AsUInt32().GetElement(2));
        var mix = Mix(low, high);
        var (first, second) = (slots[First(mix, shift)], slots[Second(mix, shift)]);
        var id = Vocabulary.None;
        id = ((first.Low ^ low) | (first.High ^ high)) == 0 ? first.Id : id;
        id = ((second.Low ^ low) | (second.High ^ high)) == 0 ? second.Id : id;
        return id;
    }

    private static Slot Pack(string upperKey, int id)
    {
        Span<byte> bytes = stackalloc byte[16];
        bytes.Clear();
        for (var i = 0; i < upperKey.Length; i++)
        {
            bytes[i] = (byte)upperKey[i];
        }

        return new Slot(MemoryMarshal.Read<ulong>(bytes), MemoryMarshal.Read<uint>(bytes[8..]), id);
    }

    private static ulong Mix(ulong low, uint high) => unchecked((low * LowMultiplier) ^ (high * HighMultiplier));

    private static int First(ulong mix, int shift) => (int)(mix >> shift);

    private static int Second(ulong mix, int shift) => (int)(unchecked(mix * SecondMultiplier) >> shift);

    /// <summary>Cuckoo insertion: a key takes one of its slots, moving the key there to that key's other slot.</summary>
    private static bool TryPlace(List<Slot> keys, int size, out Slot[] placed, out int shift)
    {
        placed = new Slot[size];
        shift = 64 - BitOperations.Log2((uint)size);
        foreach (var key in keys)
        {
            var (moving, at) = (key, First(Mix(key.Low, key.High), shift));
            for (var move = 0; moving.Low != 0; move++)
            {
                if (move == MaxMoves)
                {
                    return false;
                }

                (placed[at], moving) = (moving, placed[at]);
                var mix = Mix(moving.Low, moving.High);
                at = at == First(mix, shift) ? Second(mix, shift) : First(mix, shift);
            }
        }

        return true;
    }

    // An empty slot is all zero; no key is, since every key has a first character.
    private readonly record struct Slot(ulong Low, uint High, int Id);
}
