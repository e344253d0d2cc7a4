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

    public TokenSentences(Token[] tokens, IReadOnlyList<Range> sentences)
    {
        ofToken = new int[tokens.Length];
        firstTokens = new int[sentences.Count];
        endTokens = new int[sentences.Count];

        // Plain offsets, read once: the merges below would otherwise make an interface call and decode a Range per step.
        var starts = new int[sentences.Count];
        var ends = new int[sentences.Count];
        for (var s = 0; s < starts.Length; s++)
        {
            (starts[s], ends[s]) = (sentences[s].Start.Value, sentences[s].End.Value);
        }

        MarkBounds(tokens, starts, ends);
        MarkTokens();
    }

    /// <summary>The last sentence starting at or before the token (the first one for tokens before any sentence).</summary>
    public int Of(int token) => ofToken[token];

    public (int First, int End) Bounds(int sentence) => (firstTokens[sentence], endTokens[sentence]);

    /// <summary>
    /// A token is in the last sentence whose first token is at or before it (tokens before the first sentence are in
    /// it): each sentence's run of tokens is filled at once from the bounds, rather than testing every token.
    /// </summary>
    private void MarkTokens()
    {
        for (var s = 1; s < firstTokens.Length; s++)
        {
            var end = s + 1 < firstTokens.Length ? firstTokens[s + 1] : ofToken.Length;
            ofToken.AsSpan(firstTokens[s], end - firstTokens[s]).Fill(s);
        }
    }

    /// <summary>A sentence's tokens are those starting inside it: the first at or after its start, up to the first at or after its end.</summary>
    private void MarkBounds(Token[] tokens, int[] starts, int[] ends)
    {
        var token = 0;
        for (var s = 0; s < starts.Length; s++)
        {
            token = FirstFrom(tokens, token, starts[s]);
            firstTokens[s] = token;
            token = FirstFrom(tokens, token, ends[s]);
            endTokens[s] = token;
        }
    }

    private static int FirstFrom(Token[] tokens, int token, int offset)
    {
        while (token < tokens.Length && tokens[token].Start < offset)
        {
            token++;
        }

        return token;
    }
}
