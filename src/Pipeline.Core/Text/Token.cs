namespace Pipeline.Core.Text;

/// <summary>
/// One token: a run of letters, a run of digits or a single punctuation mark. <see cref="Joined"/> is true when no
/// whitespace separates it from the previous token, which is how "1,000", "twenty-one" and "90-minute" hold together.
/// </summary>
public readonly record struct Token(int Start, int End, TokenKind Kind, bool Joined)
{
    // Unchecked (End is never before Start): readers ask for lengths everywhere, and must not pay for an overflow test.
    public int Length => unchecked(End - Start);

    public bool IsWord => Kind == TokenKind.Letters;

    public bool IsDigits => Kind == TokenKind.Digits;

    public bool IsPunctuation => Kind == TokenKind.Punctuation;
}
