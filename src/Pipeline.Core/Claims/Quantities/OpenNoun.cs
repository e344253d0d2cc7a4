using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Quantities;

/// <summary>
/// A counted noun outside the lexicon, for figures in digits only ("12 ambulances"): the next lower-case plural word.
/// Spelled-out numbers need a lexicon noun, because "one of", "two said" and the like are far more common.
/// </summary>
internal static class OpenNoun
{
    private static readonly WordMap<bool> NotNouns = new(new[]
    {
        "was", "has", "is", "its", "his", "hers", "this", "as", "us", "yes", "thus", "plus", "times", "less", "unless",
        "always", "towards", "across", "whereas", "various", "previous", "serious", "famous", "obvious", "does", "goes",
    }.Select(word => (word, true)));

    public static bool TryRead(TextContext context, int index, int limit, out (string Measure, string Group, int End) noun)
    {
        noun = default;
        if (index >= limit || !context.IsWord(index) || context.IsCapitalized(index))
        {
            return false;
        }

        var word = context.Span(index);
        if (word.Length < 4 || word[^1] != 's' || word.EndsWith("ss", StringComparison.Ordinal) || NotNouns.Contains(word)
            || (index + 1 < context.Tokens.Length && context.Tokens[index + 1].Joined && context.Tokens[index + 1].IsWord))
        {
            return false;
        }

        var measure = word.ToString().ToLowerInvariant();
        noun = (measure, measure, index + 1);
        return true;
    }
}
