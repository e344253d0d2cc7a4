using System.Numerics;

namespace Pipeline.Core.Text;

/// <summary>
/// Vocabulary ids of words of up to ten ASCII letters, the form of nearly every token. Such a word packs into 50 bits
/// (five per letter, case folded), and a slot holds the packed word and its id in one <see cref="ulong"/>: a probe
/// compares integers in one array instead of following a key string. The text step looks up every token, and this
/// made it about 1.15x faster than the <see cref="AsciiWordTable"/> alone (benchmark command "compare").
/// </summary>
internal sealed class ShortWordTable
{
    public const int MaxLength = 10;

    private const int BitsPerLetter = 5;
    private const int IdBits = 14;
    private const ulong IdMask = (1UL << IdBits) - 1;

    // Fibonacci hashing: the packed word times the golden ratio, slots taken from the well-mixed top bits.
    private const ulong Golden = 0x9E3779B97F4A7C15;

    // Zero marks an empty slot: no packed word is zero, since every letter packs to 1..26.
    private readonly ulong[] slots;
    private readonly int mask;
    private readonly int shift;

    /// <summary>Words that are not all ASCII letters, or are longer than <see cref="MaxLength"/>, are left out.</summary>
    public ShortWordTable(IEnumerable<(string Word, int Id)> entries)
    {
        var packed = new List<(ulong Key, int Id)>();
        foreach (var (word, id) in entries)
        {
            if (id > (int)IdMask)
            {
                throw new InvalidOperationException($"The vocabulary outgrew {IdBits}-bit ids.");
            }

            if (TryPack(word, out var key))
            {
                packed.Add((key, id));
            }
        }

        // At most half full, so a word that is not there (most tokens) usually reads one slot.
        var size = 16;
        while (size < packed.Count * 2)
        {
            size *= 2;
        }

        (slots, mask, shift) = (new ulong[size], size - 1, 64 - BitOperations.Log2((uint)size));
        foreach (var (key, id) in packed)
        {
            var slot = SlotOf(key);
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = (key << IdBits) | (uint)id;
        }
    }

    /// <summary>
    /// False when the word is not this table's to answer (other characters, or too long); otherwise true, with its id or
    /// <see cref="Vocabulary.None"/>.
    /// </summary>
    public bool TryIdOf(ReadOnlySpan<char> word, out int id)
    {
        id = Vocabulary.None;
        if (!TryPack(word, out var key))
        {
            return false;
        }

        for (var slot = SlotOf(key); slots[slot] is var entry and not 0; slot = (slot + 1) & mask)
        {
            if (entry >> IdBits == key)
            {
                id = (int)(entry & IdMask);
                return true;
            }
        }

        return true;
    }

    private int SlotOf(ulong key) => (int)(unchecked(key * Golden) >> shift);

    /// <summary>Five bits per letter, 'a' and 'A' as 1 through 'z' and 'Z' as 26: equal keys are the same word ignoring case.</summary>
    private static bool TryPack(ReadOnlySpan<char> word, out ulong key)
    {
        key = 0;
        if (word.Length is 0 or > MaxLength)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            // Setting bit 5 folds case; only ASCII letters land in 'a'..'z' after it.
            var letter = unchecked((uint)(word[i] | 0x20) - 'a');
            if (letter > 'z' - 'a')
            {
                return false;
            }

            key |= (ulong)(letter + 1) << (i * BitsPerLetter);
        }

        return true;
    }
}
