using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SentenceSplitter = Pipeline.Core.Text.Sentences;

namespace Pipeline.Core.Text;

/// <summary>An article's text with its tokens and sentences, and the small token queries every reader needs.</summary>
public sealed class TextContext
{
    private readonly string?[] sentenceTexts;
    private readonly TokenSentences tokenSentences;

    public TextContext(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        (tokens, tokenCount) = TokenArrays.Tokenize(text);

        // The one check the Tokens span relies on, made once per text instead of once per token test.
        if ((uint)tokenCount > (uint)tokens.Length)
        {
            throw new InvalidOperationException($"The tokenizer counted {tokenCount} tokens into an array of {tokens.Length}.");
        }

        sentenceArrays = SentenceArrays.Split(text);
        var sentences = sentenceArrays.Sentences;
        Sentences = sentences;
        sentenceTexts = sentenceArrays.Texts;
        hasSentences = sentences.Count > 0;
        arrays = TokenArrays.Rent(tokenCount);
        (wordIds, flags) = (arrays.WordIds, arrays.Marks);
        tokenSentences = new TokenSentences(Tokens, CollectionsMarshal.AsSpan(sentences), arrays.SentenceOfToken, sentenceArrays);
        LookUpWords(text, Tokens, wordIds, flags);
        Clauses.Mark(wordIds.AsSpan(0, tokenCount), flags.AsSpan(0, tokenCount));
    }

    // Like the arrays below, kept per thread and longer than the text's tokens: only the first tokenCount are its
    // tokens, and readers see only Tokens, a span of those, so none can read past them or keep the array.
    private readonly Token[] tokens;

    private readonly int tokenCount;

    // The per-token arrays, longer than the tokens when reused from an earlier text: every read is bounded by the
    // token count, never by their length.
    private readonly TokenArrays arrays;

    private readonly SentenceArrays sentenceArrays;

    private readonly LexiconMarks[] flags;

    // Read on every step of the clause and phrase walks and for every claim's sentence; a field, where the list's
    // count is an interface call.
    private readonly bool hasSentences;

    // Each token's Vocabulary id, looked up once here so phrase and clause tests compare integers.
    private readonly int[] wordIds;

    private static void LookUpWords(string text, ReadOnlySpan<Token> tokens, int[] ids, LexiconMarks[] marks)
    {
        ShortWordTable.LookUp(text, tokens, ids, marks);

        // The few tokens the table left, found by a vector search over the ids.
        for (var i = NextUnanswered(ids, 0, tokens.Length); i >= 0; i = NextUnanswered(ids, i + 1, tokens.Length))
        {
            (ids[i], marks[i]) = LookUpToken(text, tokens[i]);
        }
    }

    /// <summary>
    /// Gives the per-token arrays back for the thread's next text. The extractor calls it once its claims are built;
    /// the context must not be used after.
    /// </summary>
    internal void Release()
    {
        TokenArrays.Return(arrays, tokens);
        SentenceArrays.Return(sentenceArrays);
    }

    private static int NextUnanswered(int[] ids, int from, int end) => ids.AsSpan(from, end - from).IndexOf(ShortWordTable.Unanswered) is var next and >= 0 ? from + next : -1;

    // Long, non-ASCII and possessive tokens, and the last few of a text, are rare; out of line, their lookup leaves
    // the loop above its registers.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (int Id, LexiconMarks Marks) LookUpToken(string text, Token token)
    {
        return WordIndex.OfToken(text.AsSpan(token.Start, token.Length), token.Kind);
    }

    /// <summary>The token's <see cref="Vocabulary"/> id, or <see cref="Vocabulary.None"/> for a word no lexicon has.</summary>
    internal int WordId(int index) => wordIds[index];

    /// <summary>Whether the word at <paramref name="index"/> opens an entry of one of the <paramref name="lexicons"/>.</summary>
    public bool Has(int index, LexiconMarks lexicons) => index >= 0 && index < tokenCount && (flags[index] & lexicons) != 0;

    /// <summary>
    /// The first token in [<paramref name="from"/>, <paramref name="to"/>) that opens an entry of one of the
    /// <paramref name="lexicons"/>, or <paramref name="to"/>. Searches for a cue around each claim skip the words no
    /// lexicon marks in one tight loop over the marks, instead of a phrase lookup at every token.
    /// </summary>
    internal int NextMarked(int from, int to, LexiconMarks lexicons)
    {
        var (start, end) = (Math.Max(from, 0), Math.Min(to, tokenCount));
        var found = start < end ? MarkSearch.First(flags.AsSpan(start, end - start), lexicons) : -1;
        return found < 0 ? to : start + found;
    }

    /// <summary>The first token from <paramref name="from"/> on with one of the marks, or the token count: a reader's loop from candidate to candidate.</summary>
    internal int NextMarked(int from, LexiconMarks lexicons) => NextMarked(from, tokenCount, lexicons);

    /// <summary>The first token in [<paramref name="from"/>, <paramref name="to"/>) that is the word with id <paramref name="id"/>, or <paramref name="to"/> (a vector search over the ids).</summary>
    internal int NextWord(int from, int to, int id)
    {
        var (start, end) = (Math.Max(from, 0), Math.Min(to, tokenCount));
        var found = start < end ? wordIds.AsSpan(start, end - start).IndexOf(id) : -1;
        return found < 0 ? to : start + found;
    }

    public string Text { get; }

    /// <summary>The text's tokens: a span, as the array behind it is reused for the thread's next text.</summary>
    // Made without a length check: the constructor has checked that tokenCount is not past the array's end, and the
    // check in each token test below cost 2.5-4.5% of extraction.
    public ReadOnlySpan<Token> Tokens => MemoryMarshal.CreateReadOnlySpan(ref MemoryMarshal.GetArrayDataReference(tokens), tokenCount);

    public IReadOnlyList<Range> Sentences { get; }

    // Through Tokens, so a token past the text's own throws, as it did before the array was kept.
    public ReadOnlySpan<char> Span(int index)
    {
        var token = Tokens[index];
        return Text.AsSpan(token.Start, token.Length);
    }

    public string Slice(int startToken, int endTokenExclusive) =>
        Text[Tokens[startToken].Start..Tokens[endTokenExclusive - 1].End];

    // Lengths first: most tokens differ in length from the word asked about, and the ignore-case compare is a call.
    /// <summary>Whether the token is the word <paramref name="word"/> (letters only), ignoring case.</summary>
    public bool Is(int index, string word) =>
        (uint)index < (uint)tokenCount && Tokens[index] is { IsWord: true } token && token.Length == word.Length
        && Text.AsSpan(token.Start, token.Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsChar(int index, char c) =>
        (uint)index < (uint)tokenCount && Tokens[index] is { Length: 1 } token && Text[token.Start] == c;

    public bool IsAnyChar(int index, string chars) =>
        (uint)index < (uint)tokenCount && Tokens[index] is { IsPunctuation: true } token && chars.Contains(Text[token.Start], StringComparison.Ordinal);

    public bool IsAny(int index, string[] words)
    {
        if (!IsWord(index))
        {
            return false;
        }

        var span = Text.AsSpan(tokens[index].Start, tokens[index].Length);
        foreach (var word in words)
        {
            if (span.Length == word.Length && span.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the token is the word with <see cref="Vocabulary"/> id <paramref name="id"/> (<see cref="Vocabulary.RequiredId"/>): one compare, for loops over every token.</summary>
    internal bool IsWordId(int index, int id) => index >= 0 && index < tokenCount && wordIds[index] == id;

    /// <summary>Whether the token is one of the words, by id: the same answer as the string overload, for a set built once.</summary>
    internal bool IsAny(int index, WordSet words) => index >= 0 && index < tokenCount && words.Contains(wordIds[index]);

    public bool IsWord(int index) => (uint)index < (uint)tokenCount && Tokens[index].IsWord;

    public bool IsCapitalized(int index) => IsWord(index) && char.IsUpper(Text[tokens[index].Start]);

    public bool WordsAt(int index, string[] words)
    {
        if (index < 0 || index + words.Length > tokenCount)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            if (!Is(index + k, words[k]) || (k > 0 && SentenceBreakBetween(index + k - 1, index + k)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the tokens from <paramref name="index"/> on are the words with these <see cref="Vocabulary"/> ids, within one sentence.</summary>
    internal bool WordIdsAt(int index, int[] ids)
    {
        if (index < 0 || index + ids.Length > tokenCount)
        {
            return false;
        }

        for (var k = 0; k < ids.Length; k++)
        {
            if (wordIds[index + k] != ids[k] || (k > 0 && SentenceBreakBetween(index + k - 1, index + k)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first token starting at or after <paramref name="offset"/> (binary search).</summary>
    public int TokenAt(int offset)
    {
        int low = 0, high = tokenCount;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (tokens[mid].Start < offset)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    /// <summary>The sentence of a token: the same as <see cref="SentenceIndexOf"/> of its start, without a search.</summary>
    public int SentenceOfToken(int token) => tokenSentences.Of(token);

    /// <summary>Whether token <paramref name="index"/> ends a clause (see <see cref="Clauses"/>).</summary>
    internal bool IsClauseBoundary(int index) => Has(index, LexiconMarks.ClauseBoundary);

    public int SentenceIndexOf(int offset) => Math.Max(0, SentenceSplitter.IndexContaining(Sentences, offset));

    public Range SentenceOf(int offset) => Sentences.Count == 0 ? new Range(0, Text.Length) : Sentences[SentenceIndexOf(offset)];

    /// <summary>The sentence's text, cached so claims in one long sentence share one string.</summary>
    public string SentenceText(int sentenceIndex)
    {
        if (!hasSentences)
        {
            return Text;
        }

        return sentenceTexts[sentenceIndex] ??= Text[Sentences[sentenceIndex]];
    }

    /// <summary>First and last+1 token of a sentence.</summary>
    public (int First, int End) SentenceTokens(int sentenceIndex)
    {
        if (!hasSentences)
        {
            return (0, tokenCount);
        }

        return tokenSentences.Bounds(sentenceIndex);
    }

    /// <summary>
    /// Whether sentence <paramref name="sentenceIndex"/> opens a paragraph (a line break before it): what a sentence
    /// carries to the next (its date, its event) stops there, as a new paragraph often turns to something else.
    /// </summary>
    public bool OpensParagraph(int sentenceIndex)
    {
        if (sentenceIndex <= 0 || sentenceIndex >= Sentences.Count)
        {
            return true;
        }

        var (gapStart, gapEnd) = (Sentences[sentenceIndex - 1].End.GetOffset(Text.Length), Sentences[sentenceIndex].Start.GetOffset(Text.Length));
        return gapEnd > gapStart && Text.AsSpan(gapStart, gapEnd - gapStart).Contains('\n');
    }

    public bool SentenceBreakBetween(int left, int right) =>
        hasSentences && tokenSentences.Of(left) != tokenSentences.Of(right);
}
