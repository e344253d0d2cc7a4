namespace Pipeline.Core.Text;

/// <summary>
/// The per-token arrays of a <see cref="TextContext"/> (word ids, marks, sentence of each token), kept per thread from
/// one extraction to the next. Made fresh for every article they were a fifth of all bytes allocated, and the runtime
/// zeroing fresh memory was a tenth of extraction time. Only a context whose owner calls
/// <see cref="TextContext.Release"/> (the extractor, once its claims are built) gives them back; any other just lets
/// the next context allocate its own. Arrays are at least as long as the text's tokens, rarely exactly.
/// </summary>
internal sealed class TokenArrays
{
    // Arrays for a longer text (an outsized or hostile input) are not kept: a thread would hold them for good.
    private const int MaxKeptTokens = 1 << 16;

    [ThreadStatic]
    private static TokenArrays? spare;

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

    /// <summary>Keeps the arrays for the thread's next text: the caller must not read them again.</summary>
    public static void Return(TokenArrays arrays) => spare = arrays.WordIds.Length <= MaxKeptTokens ? arrays : spare;
}
