using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Pipeline.Core.Text;

/// <summary>
/// The id and marks of every short ASCII token (nearly every token: words, digit runs and punctuation alike, since an
/// ASCII token's text tells its kind), by a perfect hash: a token can be in one slot only, found from its hash and a
/// small displacement for the hash's bucket (hash and displace). A lookup reads that slot and takes its id and marks, or
/// none, by a bit mask from one compare; nothing waits on a guess about whether the token is found.
/// </summary>
internal static class ShortWordTable
{
    public const int MaxLength = 12;

    /// <summary>How many characters a lookup reads from a token's start, whatever its length.</summary>
    public const int Window = 16;

    /// <summary>The id <see cref="LookUp"/> leaves for the tokens it does not answer for.</summary>
    public const int Unanswered = int.MinValue;

    private const char GeneralPunctuation = '\u2000';

    private static readonly Vector256<ushort> Positions = Vector256.Create((ushort)0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);

    private static readonly Built Placed = Build(WordIndex.ShortTokenEntries());

    // The id and marks of a token that is one character of the General Punctuation block (U+2000 to U+206F).
    private static readonly (int Id, LexiconMarks Marks)[] GeneralPunctuationTokens =
        [.. Enumerable.Range(GeneralPunctuation, 0x70).Select(c => WordIndex.OfToken(((char)c).ToString(), Tokenizer.KindOf((char)c)))];

    // Static and read-only, so the compiled lookup takes the multipliers and sizes as constants.
    private static readonly ulong LowMultiplier = Placed.LowMultiplier;
    private static readonly ulong HighMultiplier = Placed.HighMultiplier;
    private static readonly int SlotBits = Placed.SlotBits;
    private static readonly int BucketBits = Placed.BucketBits;
    private static readonly Slot[] Slots = Placed.Slots;
    private static readonly ushort[] SlotIds = Placed.SlotIds;
    private static readonly ushort[] Displacements = Placed.Displacements;

    // Whether a key was left out for having "@" or "`", which fold to one character: tokens with it must then be left
    // alone. None has today, so the compiled lookup makes no test for them.
    private static readonly bool FoldedBacktick = Placed.FoldedBacktick;

    // Whether a key of any length is all digits; none is today, so digit runs skip the table (an input can be nearly
    // all digits).
    private static readonly bool DigitKeys = Placed.DigitKeys;

    /// <summary>
    /// Fills in the id and marks of each token of <paramref name="text"/> the table answers for: the table's, or
    /// <see cref="Vocabulary.None"/> and no marks (<see cref="LexiconMarks.Digits"/> for digits) for a short ASCII
    /// token it does not hold. The rest get the id <see cref="Unanswered"/>: long tokens, and tokens with other
    /// characters or with an apostrophe (possessives take their base word's marks too). No call is made in the loop,
    /// so what it needs stays in registers.
    /// </summary>
    public static void LookUp(string text, ReadOnlySpan<Token> tokens, int[] ids, LexiconMarks[] marks)
    {
        // The last few tokens start too near the end for a window of the text; they are read from a copy of its end.
        var (tail, lastWindow) = (tokens.Length, text.Length - Window);
        while (tail > 0 && tokens[tail - 1].Start > lastWindow)
        {
            tail--;
        }

        var head = tokens[..tail];
        var table = new Table(Slots, SlotIds, Displacements);
        for (var i = 0; i < head.Length; i = unchecked(i + 1))
        {
            var token = head[i];
            var (id, mark) = token.IsDigits && !DigitKeys ? (Vocabulary.None, LexiconMarks.Digits)
                : token.Length <= MaxLength ? Find(table, text.AsSpan(token.Start, Window), token.Length, token.Kind) : (Unanswered, LexiconMarks.None);

            // Stored after the lookup, so no reference to an array element has to live across it.
            ids[i] = id;
            marks[i] = mark;
        }

        if (tail < tokens.Length)
        {
            LookUpTail(text, tokens, tail, ids, marks);
        }
    }

    // Apart, as a method with a stack buffer is compiled once, early, without the table's sizes as constants.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void LookUpTail(string text, ReadOnlySpan<Token> tokens, int tail, int[] ids, LexiconMarks[] marks)
    {
        var from = Math.Max(0, text.Length - Window);
        Span<char> end = stackalloc char[2 * Window];
        end.Clear();
        text.AsSpan(from).CopyTo(end);
        var table = new Table(Slots, SlotIds, Displacements);
        for (var i = tail; i < tokens.Length; i++)
        {
            var token = tokens[i];
            (ids[i], marks[i]) = token.Length <= MaxLength ? Find(table, end.Slice(token.Start - from, Window), token.Length, token.Kind) : (Unanswered, LexiconMarks.None);
        }
    }

    /// <summary>The id and marks of the token that is the first <paramref name="length"/> characters of <paramref name="window"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (int Id, LexiconMarks Marks) Find(Table table, ReadOnlySpan<char> window, int length, TokenKind kind)
    {
        unchecked
        {
            // Case folded by setting bit 5 (see Pack), the lanes past the token cleared.
            var chars = Vector256.ConditionalSelect(
                Vector256.LessThan(Positions, Vector256.Create((ushort)length)),
                Vector256.Create(MemoryMarshal.Cast<char, ushort>(window)) | Vector256.Create((ushort)0x20),
                Vector256<ushort>.Zero);

            // Above 'z' once folded: other than ASCII, or a character folded onto another ("[" onto "{").
            var other = Vector256.GreaterThan(chars, Vector256.Create((ushort)'z')) | Vector256.Equals(chars, Vector256.Create((ushort)'\''));
            if (FoldedBacktick)
            {
                other |= Vector256.Equals(chars, Vector256.Create((ushort)'`'));
            }

            if (other != Vector256<ushort>.Zero)
            {
                return length == 1 ? OneCharacter(window[0]) : (Unanswered, LexiconMarks.None);
            }

            var word = Narrow(chars);
            var (low, high) = (word.AsUInt64().ToScalar(), word.AsUInt32().GetElement(2));
            var mix = (low * LowMultiplier) ^ (high * HighMultiplier);
            var at = (SlotHash(mix) ^ table.Displacements[Bucket(mix)]) & ((1 << SlotBits) - 1);
            ref readonly var slot = ref table.Slots[at];

            // All ones when the slot holds the token, else zero: every character is below 0x80, so the xor has its
            // top bit clear, and only zero turns negative when one is taken.
            var found = (int)((long)(((slot.Low ^ low) | (slot.High ^ high)) - 1) >> 63);
            return ((table.SlotIds[at] & found) - 1, (LexiconMarks)(((int)slot.Marks & found) | DigitsMark(kind)));
        }
    }

    // Curly quotes and dashes, single characters from the General Punctuation block, by an array read.
    private static (int Id, LexiconMarks Marks) OneCharacter(char c) =>
        unchecked((uint)(c - GeneralPunctuation)) < (uint)GeneralPunctuationTokens.Length ? GeneralPunctuationTokens[c - GeneralPunctuation] : (Unanswered, LexiconMarks.None);

    // Digits is the one kind with marks of its own (Letters 0, Digits 1, Punctuation 2): without a branch on the kind.
    private static int DigitsMark(TokenKind kind) => unchecked(((int)kind & 1) << 21);

    // The bucket from the product's top bits, the slot hash from the bits below them: the best mixed, and apart.
    private static int Bucket(ulong mix) => unchecked((int)(mix >> (64 - BucketBits)));

    private static int SlotHash(ulong mix) => unchecked((int)(mix >> (64 - BucketBits - SlotBits)));

    // One instruction with AVX-512 (the general narrowing takes two halves and a shuffle).
    private static Vector128<byte> Narrow(Vector256<ushort> chars) =>
        Avx512BW.VL.IsSupported ? Avx512BW.VL.ConvertToVector128Byte(chars) : Vector128.Narrow(chars.GetLower(), chars.GetUpper());

    /// <summary>
    /// Hash and displace: keys are grouped by bucket, and the buckets, largest first, each take the smallest
    /// displacement that sends all their keys to free slots. Multipliers are drawn again when two keys of one bucket
    /// share a slot hash (no displacement parts them), and the table doubles when they keep failing.
    /// </summary>
    private static Built Build(IEnumerable<(string UpperKey, int Id, LexiconMarks Marks)> entries)
    {
        var all = entries.ToList();
        var shortKeys = all.Where(entry => entry.UpperKey.Length <= MaxLength).ToList();
        var foldedBacktick = shortKeys.Any(entry => entry.UpperKey.Any(c => c is '@' or '`'));
        var keys = shortKeys.Where(entry => entry.UpperKey.All(c => c is not ('\'' or '@' or '`' or (> 'Z' and < 'a') or > 'z')))
            .Select(entry => Pack(entry.UpperKey, entry.Id, entry.Marks)).ToList();
        var slotBits = BitOperations.Log2(BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Count + (keys.Count / 4))));
        var seed = 0x853C49E6748FEA9BUL;
        for (var attempt = 0; ; attempt++)
        {
            if (attempt > 0 && attempt % 64 == 0)
            {
                slotBits++;
            }

            var (low, high) = (NextMultiplier(ref seed), NextMultiplier(ref seed));
            if (TryBuild(keys, low, high, slotBits, Math.Max(1, slotBits - 2)) is { } table)
            {
                return table with { FoldedBacktick = foldedBacktick, DigitKeys = all.Any(entry => entry.UpperKey.All(char.IsAsciiDigit)) };
            }
        }
    }

    private static Built? TryBuild(List<Entry> keys, ulong lowMultiplier, ulong highMultiplier, int slotBits, int bucketBits)
    {
        var (slotMask, slotShift, bucketShift) = ((1 << slotBits) - 1, 64 - bucketBits - slotBits, 64 - bucketBits);
        var hashed = keys.Select(key => (Key: key, Mix: unchecked((key.Slot.Low * lowMultiplier) ^ (key.Slot.High * highMultiplier)))).ToList();
        var buckets = hashed.GroupBy(key => (int)(key.Mix >> bucketShift))
            .Select(bucket => (Index: bucket.Key, Keys: bucket.Select(key => (key.Key, Hash: (int)(key.Mix >> slotShift) & slotMask)).ToList()))
            .OrderByDescending(bucket => bucket.Keys.Count).ThenBy(bucket => bucket.Index).ToList();
        if (buckets.Any(bucket => bucket.Keys.Select(key => key.Hash).Distinct().Count() < bucket.Keys.Count))
        {
            return null;
        }

        var (slots, slotIds, displacements, taken) = (new Slot[1 << slotBits], new ushort[1 << slotBits], new ushort[1 << bucketBits], new bool[1 << slotBits]);
        foreach (var (index, bucketKeys) in buckets)
        {
            var displacement = 0;
            while (displacement <= slotMask && bucketKeys.Any(key => taken[key.Hash ^ displacement]))
            {
                displacement++;
            }

            if (displacement > slotMask)
            {
                return null;
            }

            displacements[index] = (ushort)displacement;
            foreach (var (key, hash) in bucketKeys)
            {
                (slots[hash ^ displacement], slotIds[hash ^ displacement], taken[hash ^ displacement]) = (key.Slot, key.IdPlusOne, true);
            }
        }

        return new Built(lowMultiplier, highMultiplier, slotBits, bucketBits, slots, slotIds, displacements);
    }

    // Odd multipliers from a fixed sequence (splitmix64), so that every build of the table is the same.
    private static ulong NextMultiplier(ref ulong state)
    {
        unchecked
        {
            state += 0x9E3779B97F4A7C15;
            var z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
            return (z ^ (z >> 31)) | 1;
        }
    }

    /// <summary>
    /// A key's characters with bit 5 set, which folds ASCII case as a lookup does; it also folds "@" onto "`" and
    /// "[\]^_" onto "{|}~" and DEL, and keys with those are left out (a lookup leaves tokens with them alone).
    /// </summary>
    private static Entry Pack(string upperKey, int id, LexiconMarks marks)
    {
        Span<byte> bytes = stackalloc byte[16];
        bytes.Clear();
        for (var i = 0; i < upperKey.Length; i++)
        {
            bytes[i] = (byte)(upperKey[i] | 0x20);
        }

        return new Entry(new Slot(MemoryMarshal.Read<ulong>(bytes), MemoryMarshal.Read<uint>(bytes[8..]), marks), checked((ushort)(id + 1)));
    }

    // An empty slot is all zero; no key is, since every key has a first character. Ids (about 3,000; 16 bits hold
    // them) are stored plus one, None as zero, apart from the slots, so that a slot is 16 bytes.
    private readonly record struct Slot(ulong Low, uint High, LexiconMarks Marks);

    private readonly record struct Entry(Slot Slot, ushort IdPlusOne);

    // The arrays a lookup reads, taken into locals once per text.
    private readonly record struct Table(Slot[] Slots, ushort[] SlotIds, ushort[] Displacements);

    private sealed record Built(ulong LowMultiplier, ulong HighMultiplier, int SlotBits, int BucketBits, Slot[] Slots, ushort[] SlotIds, ushort[] Displacements, bool FoldedBacktick = false, bool DigitKeys = false);
}
