using System.Runtime.CompilerServices;

namespace Pipeline.Core.Text;

/// <summary>
/// A small integer id for every word of every embedded lexicon (and the few words the text step tests itself), compared
/// case-insensitively. The text step looks each token up once; phrase matching and clause marks then compare ids, not
/// strings, and lexicon data keyed by word can be an array indexed by id. Each word's plural in -s has an id too, so
/// a word without an id is known at once not to be the plural of a lexicon word ("fifths", "millions").
/// </summary>
internal static class Vocabulary
{
    public const int None = -1;

    private const string ResourcePrefix = "Pipeline.Core.Lexicons.";

    // Words the text step itself asks about (clause bounds, the cues WordIndex marks), whether or not a lexicon lists them.
    private static readonly string[] TextStepWords =
        ["but", "while", "and", "said", "that", "last", "this", "next", "previous", "coming", "earlier", "later", "the", "since", "minus", "negative", "twice", "thrice"];

    private static readonly Dictionary<string, int> Ids = Build();
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Lookup = Ids.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly List<(string UpperKey, int Id)> AsciiKeys = BuildAsciiKeys();
    private static readonly AsciiWordTable Ascii = new(AsciiKeys);

    // Ids of single ASCII characters ("." in "U . S ."), so punctuation tokens are an array index, not a hash.
    private static readonly int[] AsciiCharIds = BuildCharIds();

    // The other single characters with an id (few or none): curly quotes and dashes then skip the ignore-case hash,
    // which is slow for non-ASCII text (the nested-quotes input is half curly quotes).
    private static readonly Dictionary<char, int> OtherCharIds = BuildOtherCharIds();

    // No lexicon word is all digits today; if none is, digit tokens skip the lookup (adversarial input is mostly digits).
    private static readonly bool HasDigitWords = Ids.Keys.Any(word => word.All(char.IsAsciiDigit));

    // The spelling each id was first added with, for tables built per id.
    private static readonly string[] Words = [.. Ids.OrderBy(pair => pair.Value).Select(pair => pair.Key)];

    public static int Count => Ids.Count;

    public static string WordOf(int id) => Words[id];

    /// <summary>The id of a word code asks about by name; one without an id belongs in Lexicons/function-words.txt.</summary>
    public static int RequiredId(string word) =>
        IdOf(word) is var id and not None ? id : throw new InvalidOperationException($"'{word}' has no Vocabulary id: add it to Lexicons/function-words.txt.");

    public static int IdOf(ReadOnlySpan<char> word) => Ascii.IdOf(word) is var id and not AsciiWordTable.NotAscii ? id : NonAsciiIdOf(word);

    /// <summary>Every key an all-ASCII word can equal, in ASCII upper case, with its id: what the text step's token table holds.</summary>
    public static IReadOnlyList<(string UpperKey, int Id)> AsciiUpperKeys => AsciiKeys;

    /// <summary>The id of a token's text; the token kind lets punctuation and digits skip the hash.</summary>
    public static int IdOf(ReadOnlySpan<char> word, TokenKind kind) => kind switch
    {
        TokenKind.Punctuation when word.Length == 1 => word[0] < AsciiCharIds.Length ? AsciiCharIds[word[0]] : NonAsciiCharId(word[0]),
        TokenKind.Digits when !HasDigitWords => None,
        _ => IdOf(word),
    };

    // The rare paths stay out of line: inlined into the text step's loop over tokens, they made it spill registers.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int NonAsciiIdOf(ReadOnlySpan<char> word) => Lookup.TryGetValue(word, out var id) ? id : None;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int NonAsciiCharId(char c) => OtherCharIds.GetValueOrDefault(c, None);

    private static Dictionary<string, int> Build()
    {
        var ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var lexicons = typeof(Vocabulary).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var lexicon in lexicons)
        {
            foreach (var row in Lexicon.Load(lexicon[ResourcePrefix.Length..]))
            {
                foreach (var word in row[0].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    ids.TryAdd(word, ids.Count);
                }
            }
        }

        foreach (var word in TextStepWords)
        {
            ids.TryAdd(word, ids.Count);
        }

        foreach (var word in ids.Keys.ToList())
        {
            ids.TryAdd(word + "s", ids.Count);
        }

        return ids;
    }

    /// <summary>
    /// Every key an all-ASCII word can equal, in ASCII upper case. Ordinal ignore-case equality goes character by
    /// character, so a key with a character no ASCII character equals ("Türkiye") can only match non-ASCII words.
    /// </summary>
    private static List<(string UpperKey, int Id)> BuildAsciiKeys()
    {
        var entries = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, id) in Ids)
        {
            if (AsciiForm(word) is { } key)
            {
                entries.TryAdd(key, id);
            }
        }

        return [.. entries.Select(pair => (pair.Key, pair.Value))];
    }

    private static string? AsciiForm(string word)
    {
        var folded = new char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            var ascii = word[i] < 128 ? AsciiWordTable.Fold(word[i]) : Enumerable.Range(0, 128).Select(c => (char)c)
                .Where(c => string.Equals(word[i].ToString(), c.ToString(), StringComparison.OrdinalIgnoreCase))
                .Select(AsciiWordTable.Fold)
                .DefaultIfEmpty('\0')
                .First();
            if (ascii == '\0')
            {
                return null;
            }

            folded[i] = ascii;
        }

        return new string(folded);
    }

    private static Dictionary<char, int> BuildOtherCharIds()
    {
        var ids = new Dictionary<char, int>();
        for (var code = AsciiCharIds.Length; code <= char.MaxValue; code++)
        {
            var c = (char)code;
            if (Lookup.TryGetValue(new ReadOnlySpan<char>(in c), out var id))
            {
                ids[c] = id;
            }
        }

        return ids;
    }

    private static int[] BuildCharIds()
    {
        var ids = new int[128];
        for (var c = 0; c < ids.Length; c++)
        {
            var single = (char)c;
            ids[c] = IdOf(new ReadOnlySpan<char>(in single));
        }

        return ids;
    }
}
