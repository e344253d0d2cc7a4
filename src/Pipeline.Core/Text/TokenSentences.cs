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
        MarkTokens(tokens, sentences);
        MarkBounds(tokens, sentences);
    }

    /// <summary>The last sentence starting at or before the token (the first one for tokens before any sentence).</summary>
    public int Of(int token) => ofToken[token];

    public (int First, int End) Bounds(int sentence) => (firstTokens[sentence], endTokens[sentence]);

    private void MarkTokens(Token[] tokens, IReadOnlyList<Range> sentences)
    {
        var sentence = 0;
        for (var t = 0; t < tokens.Length; t++)
        {
            while (sentence + 1 < sentences.Count && sentences[sentence + 1].Start.Value <= tokens[t].Start)
            {
                sentence++;
            }

            ofToken[t] = sentence;
        }
    }

    /// <summary>A sentence's tokens are those starting inside it: the first at or after its start, up to the first at or after its end.</summary>
    private void MarkBounds(Token[] tokens, IReadOnlyList<Range> sentences)
    {
        var token = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            token = FirstFrom(tokens, token, sentences[s].Start.Value);
            firstTokens[s] = token;
            token = FirstFrom(tokens, token, sentences[s].End.Value);
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
