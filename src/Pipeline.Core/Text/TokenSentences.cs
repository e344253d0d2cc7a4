namespace Pipeline.Core.Text;

/// <summary>
/// Which sentence each token is in, and each sentence's first and end token. Built by one merge of the two sorted
/// lists, so readers asking per claim or per token never binary-search.
/// </summary>
internal sealed class TokenSentences
{
    private readonly int[] ofToken;
    private readonly int[] firstTokens;
    private readonly int[] endTokens;
    private readonly int sentenceCount;

    /// <summary>
    /// <paramref name="ofToken"/> is filled for the tokens, and the arrays of <paramref name="kept"/> for the
    /// sentences: all may be longer than they are.
    /// </summary>
    public TokenSentences(ReadOnlySpan<Token> tokens, ReadOnlySpan<Range> sentences, int[] ofToken, SentenceArrays kept)
    {
        this.ofToken = ofToken;
        (firstTokens, endTokens, sentenceCount) = (kept.FirstTokens, kept.EndTokens, sentences.Length);
        MarkBounds(tokens, sentences);
        MarkTokens(tokens.Length);
    }

    /// <summary>The last sentence starting at or before the token (the first one for tokens before any sentence).</summary>
    public int Of(int token) => ofToken[token];

    // Checked against the count, as the kept arrays run past the sentences; by a helper, as a throw here kept it from being inlined.
    public (int First, int End) Bounds(int sentence)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)sentence, (uint)sentenceCount, nameof(sentence));
        return (firstTokens[sentence], endTokens[sentence]);
    }

    /// <summary>
    /// A token is in the last sentence whose first token is at or before it (tokens before the first sentence are in
    /// it): each sentence's run of tokens is filled at once from the bounds, rather than testing every token.
    /// </summary>
    private void MarkTokens(int tokenCount)
    {
        for (var s = 0; s < sentenceCount; s++)
        {
            var (first, end) = (s == 0 ? 0 : firstTokens[s], s + 1 < sentenceCount ? firstTokens[s + 1] : tokenCount);
            ofToken.AsSpan(first, end - first).Fill(s);
        }

        if (sentenceCount == 0)
        {
            ofToken.AsSpan(0, tokenCount).Clear();
        }
    }

    /// <summary>A sentence's tokens are those starting inside it: the first at or after its start, up to the first at or after its end.</summary>
    private void MarkBounds(ReadOnlySpan<Token> tokens, ReadOnlySpan<Range> sentences)
    {
        var token = 0;
        for (var s = 0; s < sentences.Length; s++)
        {
            // Sentences are made from offsets from the start, so Value is the offset.
            token = FirstFrom(tokens, token, sentences[s].Start.Value);
            firstTokens[s] = token;
            token = FirstFrom(tokens, token, sentences[s].End.Value);
            endTokens[s] = token;
        }
    }

    private static int FirstFrom(ReadOnlySpan<Token> tokens, int token, int offset)
    {
        while (token < tokens.Length && tokens[token].Start < offset)
        {
            token = unchecked(token + 1);
        }

        return token;
    }
}
