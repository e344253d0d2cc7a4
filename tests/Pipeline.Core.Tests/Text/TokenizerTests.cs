using System.Text;
using Pipeline.Core.Text;

namespace Pipeline.Core.Tests.Text;

/// <summary>Token bounds of tricky text, in and across the tokenizer's 64-character blocks, against the scalar rules.</summary>
public class TokenizerTests
{
    private const string Filler = "The quick brown fox jumps over the lazy dog, 1,000 times. ";

    // Characters that exercise every rule: spaces (ASCII, control, non-ASCII), letters, digits, apostrophes, accents,
    // combining marks, surrogates (paired and lone), curly quotes and dashes.
    private static readonly string[] Pieces =
    [
        "a", "Z", "word", "it's", "Zelensky's", "it\u2019s", "'", "\u2019", "''", "1", "42", "1,000", "3.5", "64th", "-", "\u2014",
        " ", "  ", "\t", "\n", "\u00A0", "\u2009", "\u0001", "\u007F", "\u0085", "caf\u00E9", "e\u0301", "\u0301", "na\u00EFve",
        "\uD83D\uDE00", "\uD83D", "\uDE00", "\u201Cquote\u201D", "\u00BD", "\u0410\u0411", "x'\u00E9", "'s", "s'", ".", "\"", "(",
    ];

    [Theory]
    [InlineData("Zelensky's men")]
    [InlineData("it\u2019s here")]
    [InlineData("rock 'n' roll")]
    [InlineData("the 1990's")]
    [InlineData("caf\u00E9 na\u00EFve e\u0301")]
    [InlineData("\uD83D\uDE00\uD83D\uDE00 \uD83Da\uDE00")]
    [InlineData("1,000,000 twenty-one 90-minute 64th")]
    public void ShortText_HasTheScalarBounds(string text) => AssertScalarBounds(text);

    /// <summary>Each tricky piece at every offset around the block bounds at 32 and 64 characters and beyond.</summary>
    [Fact]
    public void PiecesAtBlockBounds_HaveTheScalarBounds()
    {
        foreach (var piece in Pieces)
        {
            for (var offset = 0; offset < 140; offset++)
            {
                var text = new StringBuilder().Append(Repeat(offset)).Append(piece).Append(Repeat(140)).ToString();
                AssertScalarBounds(text);
                AssertScalarBounds(Repeat(offset).TrimEnd() + piece + "abc" + Repeat(100));
                AssertScalarBounds(new string('x', offset) + piece + new string('y', 100));
                AssertScalarBounds(new string('7', offset) + piece + new string('8', 100));
            }
        }
    }

    [Fact]
    public void RandomText_HasTheScalarBounds()
    {
        var random = new Random(9);
        for (var n = 0; n < 3000; n++)
        {
            var text = new StringBuilder();
            var pieces = random.Next(1, 120);
            for (var k = 0; k < pieces; k++)
            {
                text.Append(random.Next(3) == 0 ? Pieces[random.Next(Pieces.Length)] : Filler.Substring(random.Next(Filler.Length - 8), random.Next(1, 8)));
            }

            AssertScalarBounds(text.ToString());
        }
    }

    [Fact]
    public void LongRuns_AreOneToken()
    {
        AssertScalarBounds(new string('9', 1000));
        AssertScalarBounds(new string('q', 1000) + " x");
        AssertScalarBounds(new string(' ', 1000) + "x");
        AssertScalarBounds(string.Concat(Enumerable.Repeat("ab'", 100)) + "c");
    }

    private static string Repeat(int length) => string.Concat(Enumerable.Repeat(Filler, (length / Filler.Length) + 1))[..length];

    private static void AssertScalarBounds(string text) => Assert.Equal(ScalarTokenizer.Tokenize(text), Tokenizer.Tokenize(text));
}
