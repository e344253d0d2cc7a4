namespace Pipeline.Core.Text;

/// <summary>
/// An open-addressing table from ASCII words (case-insensitive) to ids. The text step looks up every token; almost all
/// are ASCII, and a hash over case-folded bytes with one probe beats the general ignore-case dictionary by a wide margin
/// (that lookup was a sixth of extraction time). Words with other characters are the caller's to look up elsewhere.
/// </summary>
internal sealed class AsciiWordTable
{
    public const int NotAscii = -2;

    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;

    private readonly string[] keys;
    private readonly uint[] hashes;
    private readonly int[] ids;
    private readonly int mask;

    /// <summary>Keys must be ASCII and upper case (<see cref="Fold"/>); each key once.</summary>
    public AsciiWordTable(IReadOnlyCollection<(string UpperKey, int Id)> entries)
    {
        var size = 16;
        while (size < entries.Count * 4)
        {
            size *= 2;
        }

        (keys, hashes, ids, mask) = (new string[size], new uint[size], new int[size], size - 1);
        Array.Fill(ids, Vocabulary.None);
        foreach (var (key, id) in entries)
        {
            var hash = Hash(key);
            var slot = (int)(hash & (uint)mask);
            while (ids[slot] != Vocabulary.None)
            {
                slot = (slot + 1) & mask;
            }

            (keys[slot], hashes[slot], ids[slot]) = (key, hash, id);
        }
    }

    /// <summary>The id of <paramref name="word"/>, <see cref="Vocabulary.None"/>, or <see cref="NotAscii"/>.</summary>
    public int IdOf(ReadOnlySpan<char> word)
    {
        var hash = FnvOffset;
        foreach (var c in word)
        {
            if (c >= 128)
            {
                return NotAscii;
            }

            hash = unchecked((hash ^ Fold(c)) * FnvPrime);
        }

        for (var slot = (int)(hash & (uint)mask); ids[slot] != Vocabulary.None; slot = (slot + 1) & mask)
        {
            if (hashes[slot] == hash && FoldedEquals(word, keys[slot]))
            {
                return ids[slot];
            }
        }

        return Vocabulary.None;
    }

    /// <summary>ASCII upper case: the same answer as ordinal ignore-case comparison gives for ASCII characters.</summary>
    public static char Fold(char c) => c is >= 'a' and <= 'z' ? (char)(c - ('a' - 'A')) : c;

    private static uint Hash(string upperKey)
    {
        var hash = FnvOffset;
        foreach (var c in upperKey)
        {
            hash = unchecked((hash ^ c) * FnvPrime);
        }

        return hash;
    }

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
}
