using System.Buffers;
using System.Runtime.Intrinsics;

namespace Pipeline.Core.Text;

/// <summary>Splits text into tokens in one linear pass; whitespace is dropped and recorded as the next token's <c>Joined</c> flag.</summary>
public static class Tokenizer
{
    // What each ASCII character is, read from the same predicates the slow path uses: news text is nearly all ASCII,
    // and one table read per character replaces up to three character-class calls.
    private static readonly CharClass[] AsciiClasses = BuildAsciiClasses();

    private static readonly SearchValues<char> AsciiLetters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    // Characters taken one at a time at most, after blocks failed many times in a row.
    private const int MaxBackOff = 1024;

    private enum CharClass : byte
    {
        Space,
        Digit,
        Letter,
        Other,
    }

    public static Token[] Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Every token covers at least one character, so a pooled buffer as long as the text always suffices and the
        // only array allocated is the exact result (a growing list allocated and copied about three times as much).
        var buffer = ArrayPool<Token>.Shared.Rent(text.Length);
        try
        {
            // Not zeroed first, as every element is copied in: the runtime zeroing fresh arrays was a twentieth of all
            // time, and tokens are most of what the text step still allocates.
            var tokens = buffer.AsSpan(0, Fill(text, buffer));
            var result = GC.AllocateUninitializedArray<Token>(tokens.Length);
            tokens.CopyTo(result);
            return result;
        }
        finally
        {
            ArrayPool<Token>.Shared.Return(buffer);
        }
    }

    /// <summary>Writes the tokens of <paramref name="text"/> into <paramref name="tokens"/> (at least as long as the text) and returns how many.</summary>
    internal static int Fill(string text, Token[] tokens)
    {
        // Each step starts at 0 or where a token ended, so a token starting right there is joined to that one.
        var (count, i, backOff) = (0, 0, 0);
        while (i < text.Length)
        {
            var oneAtATimeUntil = text.Length;
            if (Vector256.IsHardwareAccelerated && text.Length - i >= AsciiBlock.Length)
            {
                var next = AsciiBlock.Fill(text, i, i > 0, tokens, ref count, out var asciiLength);
                if (next != i)
                {
                    // Only an all-ASCII block ends the waiting below: between curly quotes a block may still take a token.
                    (i, backOff) = (next, asciiLength == AsciiBlock.Length ? 0 : backOff);
                    continue;
                }

                // No token ended in the block: one is long, or a non-ASCII character is near. Past it, blocks are
                // tried again, each failure waiting longer until an all-ASCII block, so text dense in curly quotes
                // (the nested-quotes input is half) is not classified in blocks for nothing before nearly every token.
                oneAtATimeUntil = i + asciiLength + 1 + backOff;
                backOff = Math.Min((2 * backOff) + 8, MaxBackOff);
            }

            i = FillOneAtATime(text, i, oneAtATimeUntil, tokens, ref count);
        }

        return count;
    }

    /// <summary>Adds the tokens from <paramref name="i"/> on, one at a time, until one ends at or past <paramref name="until"/>; returns its end.</summary>
    private static int FillOneAtATime(string text, int i, int until, Token[] tokens, ref int count)
    {
        var (added, previousEnd) = (count, i > 0 ? i : -1);
        do
        {
            while (i < text.Length && IsSpaceAt(text, i))
            {
                i++;
            }

            if (i == text.Length)
            {
                break;
            }

            var c = text[i];
            var kind = c < AsciiClasses.Length ? KindOf(AsciiClasses[c]) : KindOf(c);
            var end = i + 1;
            if (kind != TokenKind.Punctuation)
            {
                end = RunEnd(text, end, kind);
            }
            else if (char.IsHighSurrogate(c) && end < text.Length && char.IsLowSurrogate(text[end]))
            {
                end++;
            }

            tokens[added] = new Token(i, end, kind, i == previousEnd);
            added++;
            (i, previousEnd) = (end, end);
        }
        while (i < until);

        count = added;
        return i;
    }

    private static bool IsSpaceAt(string text, int i) => text[i] is var c && (c < AsciiClasses.Length ? AsciiClasses[c] == CharClass.Space : IsSpace(c));

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || char.IsControl(c);

    private static TokenKind KindOf(CharClass c) => c switch
    {
        CharClass.Digit => TokenKind.Digits,
        CharClass.Letter => TokenKind.Letters,
        _ => TokenKind.Punctuation,
    };

    private static CharClass[] BuildAsciiClasses()
    {
        var classes = new CharClass[128];
        for (var c = (char)0; c < classes.Length; c++)
        {
            classes[c] = IsSpace(c) ? CharClass.Space : KindOf(c) switch
            {
                TokenKind.Digits => CharClass.Digit,
                TokenKind.Letters => CharClass.Letter,
                _ => CharClass.Other,
            };
        }

        return classes;
    }

    public static TokenKind KindOf(char c) =>
        char.IsAsciiDigit(c) ? TokenKind.Digits
        : char.IsLetter(c) ? TokenKind.Letters
        : TokenKind.Punctuation;

    /// <summary>Letter runs keep inner apostrophes ("Zelensky's", "it’s") so possessives stay one word.</summary>
    private static int RunEnd(string text, int end, TokenKind kind)
    {
        while (true)
        {
            end = AsciiRunEnd(text, end, kind);
            if (end >= text.Length || kind == TokenKind.Digits)
            {
                return end;
            }

            var c = text[end];
            if (c >= AsciiClasses.Length && (char.IsLetter(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark))
            {
                end++;
            }
            else if (c is '\'' or '\u2019' && end + 1 < text.Length && char.IsLetter(text[end + 1]))
            {
                end += 2;
            }
            else
            {
                return end;
            }
        }
    }

    /// <summary>Past the ASCII letters or digits from <paramref name="end"/> on: most runs are only those, and a vector search skips them.</summary>
    private static int AsciiRunEnd(string text, int end, TokenKind kind)
    {
        var rest = text.AsSpan(end);
        var run = kind == TokenKind.Digits ? rest.IndexOfAnyExceptInRange('0', '9') : rest.IndexOfAnyExcept(AsciiLetters);
        return run < 0 ? text.Length : end + run;
    }
}
