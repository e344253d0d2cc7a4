namespace Pipeline.Core.Text;

/// <summary>What a token is made of. Letters and digits are split apart so "64th", "10k" and "3h" read as number + suffix.</summary>
public enum TokenKind : byte
{
    Letters,
    Digits,
    Punctuation,
}
