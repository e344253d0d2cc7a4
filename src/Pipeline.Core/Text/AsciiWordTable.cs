using System.Numerics;

namespace Pipeline.Core.Text;

/// <summary>
/// An open-addressing table from ASCII words (case-insensitive) to ids. The text step looks up every token; almost all
/// are ASCII, and a hash over case-folded bytes with one probe beats the general ignore-case dictionary by a wide margin
/// (that lookup was a sixth of extraction time). Words with other characters are the caller's to look up elsewhere.
/// </summary>
internal sealed class AsciiWordTable
{
    public const int NotAscii = -2;

    // Fibonacci hashing: one multiply at the end spreads the cheap per-character mix over the high bits.
    private const uint Golden = 2654435769;

    // Hash and id side by side: a probe that misses (most words) reads one slot, and the key only on a hash match.
    private readonly Slot[] slots;
    private readonly string[] keys;
    private readonly int mask;
    private readonly int shift;

    /// <summary>Keys must be ASCII and upper case (<see cref="Fold"/>); each key once.</summary>
    public AsciiWordTable(IReadOnlyCollection<(string UpperKey, int Id)> entries)
    {
        // At most half full, so probes stay short and the slots fit the first-level cache.
        var size = 16;
        while (size < entries.Count * 2)
        {
            size *= 2;
        }

        (slots, keys, mask, shift) = (new Slot[size], new string[size], size - 1, 32 - BitOperations.Log2((uint)size));
        Array.Fill(slots, new Slot(0, Vocabulary.None));
        foreach (var (key, id) in entries)
        {
            var hash = Hash(key);
            var slot = (int)(hash >> shift);
            while (slots[slot].Id != Vocabulary.None)
            {
                slot = (slot + 1) & mask;
            }

            (slots[slot], keys[slot]) = (new Slot(hash, id), key);
        }
    }

    /// <summary>The id of <paramref name="word"/>, <see cref="Vocabulary.None"/>, or <see cref="NotAscii"/>.</summary>
    public int IdOf(ReadOnlySpan<char> word)
    {
        var hash = 0u;
        foreach (var c in word)
        {
            if (c >= 128)
            {
                return NotAscii;
            }

            hash = Mix(hash, c);
        }

        hash = Finish(hash);
        for (var slot = (int)(hash >> shift); slots[slot].Id != Vocabulary.None; slot = (slot + 1) & mask)
        {
            if (slots[slot].Hash == hash && FoldedEquals(word, keys[slot]))
            {
                return slots[slot].Id;
            }
        }

        return Vocabulary.None;
    }

    /// <summary>ASCII upper case: the same answer as ordinal ignore-case comparison gives for ASCII characters.</summary>
    public static char Fold(char c) => c is >= 'a' and <= 'z' ? (char)(c - ('a' - 'A')) : c;

    private static uint Hash(string upperKey)
    {
        var hash = 0u;
        foreach (var c in upperKey)
        {
            hash = Mix(hash, c);
        }

        return Finish(hash);
    }

    // A rotate and an xor per character (a multiply per character was slower than the dictionary it replaced). Setting
    // bit 5 folds ASCII case without a branch; it also merges a few punctuation pairs, which only the compare tells apart.
    private static uint Mix(uint hash, char c) => BitOperations.RotateLeft(hash, 5) ^ (c | 0x20u);

    // The top bits of the product are the well-mixed ones; slots are taken from them.
    private static uint Finish(uint hash) => unchecked(hash * Golden);

    private static bool FoldedEquals(ReadOnlySpan<char> word, string upperKey)
    {
        if (word.Length != upperKey.Length)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            if (Fold(word[i]) != upperKey[i])
            {
                return false;
            }
        }

        return true;
    }

    private readonly record struct Slot(uint Hash, int Id);
}
