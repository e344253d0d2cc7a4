using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Quantities;

/// <summary>
/// A few short phrases ("in all", "per side", "so far") that readers look for at every token of a clause. Their words
/// are compared as <see cref="Vocabulary"/> ids: a token that starts none (most) costs one array read, and one that
/// does ("in", "on") no ignore-case string compares.
/// </summary>
internal sealed class CuePhrases
{
    private readonly int[][] phrases;
    private readonly WordSet firstWords;

    /// <summary>Every word of the phrases needs an id: one that no lexicon lists belongs in Lexicons/function-words.txt.</summary>
    public CuePhrases(string[][] phrases)
    {
        this.phrases = Array.ConvertAll(phrases, phrase => Array.ConvertAll(phrase, Vocabulary.RequiredId));
        firstWords = new WordSet([.. phrases.Select(phrase => phrase[0])]);
    }

    /// <summary>Whether one of the phrases starts at token <paramref name="index"/>: the answer of <see cref="TextContext.WordsAt"/> for any.</summary>
    public bool StartsAt(TextContext context, int index)
    {
        if (!context.IsAny(index, firstWords))
        {
            return false;
        }

        foreach (var phrase in phrases)
        {
            if (context.WordIdsAt(index, phrase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether one of the phrases starts in tokens [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public bool AnyIn(TextContext context, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (StartsAt(context, i))
            {
                return true;
            }
        }

        return false;
    }
}
