using System.Globalization;
using Pipeline.Core.Text;

namespace Pipeline.Core.Tests.Text;

/// <summary>The tokenizer as it was before block masks, one character at a time: the answer the fast one must give.</summary>
internal static class ScalarTokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var joined = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                joined = false;
                i++;
                continue;
            }

            var kind = Tokenizer.KindOf(c);
            var end = i + 1;
            if (kind != TokenKind.Punctuation)
            {
                end = RunEnd(text, end, kind);
            }
            else if (char.IsHighSurrogate(c) && end < text.Length && char.IsLowSurrogate(text[end]))
            {
                end++;
            }

            tokens.Add(new Token(i, end, kind, joined && tokens.Count > 0));
            joined = true;
            i = end;
        }

        return tokens;
    }

    private static int RunEnd(string text, int end, TokenKind kind)
    {
        while (end < text.Length)
        {
            var c = text[end];
            if (kind == TokenKind.Digits ? char.IsAsciiDigit(c) : char.IsAsciiLetter(c))
            {
                end++;
            }
            else if (kind == TokenKind.Digits)
            {
                return end;
            }
            else if (c >= 128 && (char.IsLetter(c) || char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark))
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

        return end;
    }
}
