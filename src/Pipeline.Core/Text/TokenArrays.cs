namespace Pipeline.Core.Text;

/// <summary>
/// The per-token arrays of a <see cref="TextContext"/> (the tokens, word ids, marks, sentence of each token), kept per
/// thread from one extraction to the next. Made fresh for every article they were a fifth of all bytes allocated, and the runtime
/// zeroing fresh memory was a tenth of extraction time. Only a context whose owner calls
/// <see cref="TextContext.Release"/> (the extractor, once its claims are built) gives them back; any other just lets
/// the next context allocate its own. Arrays are at least as long as the text's tokens, rarely exactly.
/// </summary>
internal sealed class TokenArrays
{
    // Arrays for a longer text (an outsized or hostile input) are not kept: a thread would hold them for good.
    private const int MaxKeptTokens = 1 << 16;

    // The tokens' own array is sized by characters instead (each token covers at least one), so the tokenizer writes
    // straight into it; kept for texts up to the length of the longest arrays kept above, at about five characters a token.
    private const int MaxKeptCharacters = 5 * MaxKeptTokens;

    [ThreadStatic]
    private static TokenArrays? spare;

    [ThreadStatic]
    private static Token[]? spareTokens;

    private TokenArrays(int capacity)
    {
        WordIds = new int[capacity];
        Marks = new LexiconMarks[capacity];
        SentenceOfToken = new int[capacity];
    }

    public int[] WordIds { get; }

    public LexiconMarks[] Marks { get; }

    public int[] SentenceOfToken { get; }

    /// <summary>Arrays for <paramref name="count"/> tokens, the thread's spare ones when long enough; contents undefined.</summary>
    public static TokenArrays Rent(int count)
    {
        var arrays = spare;
        spare = null;

        // Grown by doubling, so a thread settles on arrays fitting its longest article after a few allocations.
        return arrays is not null && arrays.WordIds.Length >= count ? arrays
            : new TokenArrays(Math.Max(count, 2 * (arrays?.WordIds.Length ?? 0)));
    }

    /// <summary>
    /// The tokens of <paramref name="text"/>: the first <c>Count</c> of <c>Tokens</c>, the thread's kept array when it
    /// has one. Made exact for every article they were nine tenths of the text step's bytes allocated.
    /// </summary>
    public static (Token[] Tokens, int Count) Tokenize(string text)
    {
        var tokens = spareTokens;
        if (tokens is null || text.Length > MaxKeptCharacters)
        {
            // The thread's first text, one after a context that was not released, or one too long for its array to be
            // kept (an array as long as it would be made for nothing): an exact array, as unkept.
            var exact = Tokenizer.Tokenize(text);
            return (exact, exact.Length);
        }

        // Grown by doubling up to what is kept; not zeroed, as the tokenizer writes every token it counts.
        spareTokens = null;
        tokens = tokens.Length >= text.Length ? tokens
            : GC.AllocateUninitializedArray<Token>(Math.Min(Math.Max(text.Length, 2 * tokens.Length), MaxKeptCharacters));
        return (tokens, Tokenizer.Fill(text, tokens));
    }

    /// <summary>Keeps the arrays for the thread's next text: the caller must not read them again.</summary>
    public static void Return(TokenArrays arrays, Token[] tokens)
    {
        spare = arrays.WordIds.Length <= MaxKeptTokens ? arrays : spare;

        // A too long text's exact array may be shorter than the spare it left in place.
        spareTokens = tokens.Length <= MaxKeptCharacters && tokens.Length > (spareTokens?.Length ?? -1) ? tokens : spareTokens;
    }
}
