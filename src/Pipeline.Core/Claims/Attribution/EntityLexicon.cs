using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Attribution;

/// <summary>Canonical names for entity aliases (Kiev = Kyiv, Zelenskyy = Volodymyr Zelensky, U.S. = United States).</summary>
internal static class EntityLexicon
{
    private static readonly PhraseTable<Entity> Aliases = PhraseTable<Entity>.Load("entities.txt", Read, LexiconMarks.Entity);

    private static readonly WordMap<Entity> SingleWords = new(
        Lexicon.Load("entities.txt").Where(row => !row[0].Contains(' ', StringComparison.Ordinal)).Select(row => (row[0], Read(row))));

    private static Entity Read(string[] row) => new(row[1], row[2], row.Length > 3 && row[3].Length > 0 ? row[3] : null);

    /// <summary>The entity at token <paramref name="index"/> (capitalised tokens only); End is the token after it.</summary>
    public static bool TryMatch(TextContext context, int index, out Entity entity, out int end)
    {
        (entity, end) = (default, index + 1);
        if (!context.Has(index, LexiconMarks.Entity))
        {
            return false;
        }

        var token = context.Span(index);
        if (!context.IsCapitalized(index) || (token.Length <= 3 && !IsAllUpper(token)))
        {
            return false;
        }

        if (Aliases.TryMatch(context, index, out entity, out end))
        {
            return true;
        }

        end = index + 1;
        var word = context.Span(index);
        return Possessive.Is(word)
            && SingleWords.TryGet(word[..^2], out entity);
    }

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
