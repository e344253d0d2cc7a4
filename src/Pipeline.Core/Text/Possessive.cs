namespace Pipeline.Core.Text;

/// <summary>"Zelensky's", "Kyiv’s": a word token with a possessive ending (the tokenizer keeps inner apostrophes).</summary>
internal static class Possessive
{
    public static bool Is(ReadOnlySpan<char> word) =>
        word.Length > 2 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal));
}
