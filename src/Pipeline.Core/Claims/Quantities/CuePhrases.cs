using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Quantities;

/// <summary>
/// A few short phrases ("in all", "per side", "so far") that readers look for at every token of a clause. A token is
/// first tested against the lengths and initials of the phrases' first words: most tokens start none of them, and
/// then skip the word-by-word comparisons.
/// </summary>
internal sealed class CuePhrases
{
    private readonly string[][] phrases;

    // Entry [length]: bit (initial - 'a') is set when a phrase's first word has that length and that ASCII initial,
    // in either case; all bits when its initial is anything else (which tokens must then compare in full).
    private readonly uint[] initialsByLength;

    public CuePhrases(string[][] phrases)
    {
        this.phrases = phrases;
        initialsByLength = new uint[phrases.Max(phrase => phrase[0].Length) + 1];
        foreach (var phrase in phrases)
        {
            var initial = phrase[0][0];
            initialsByLength[phrase[0].Length] |= char.IsAsciiLetter(initial) ? 1u << ((initial | 0x20) - 'a') : uint.MaxValue;
        }
    }

    /// <summary>Whether one of the phrases starts at token <paramref name="index"/>: the answer of <see cref="TextContext.WordsAt"/> for any.</summary>
    public bool StartsAt(TextContext context, int index)
    {
        if (!MayStartAt(context, index))
        {
            return false;
        }

        foreach (var phrase in phrases)
        {
            if (context.WordsAt(index, phrase))
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

    /// <summary>
    /// False only when no phrase can start here: a first word is compared ignoring case, so it needs a word token of
    /// its length, whose initial equals its own. A letter outside ASCII may equal an ASCII one ignoring case
    /// (dotless 'ı' is 'I'), so such initials are left to the comparison.
    /// </summary>
    private bool MayStartAt(TextContext context, int index)
    {
        var tokens = context.Tokens;
        if (index < 0 || index >= tokens.Length || !tokens[index].IsWord || tokens[index].Length >= initialsByLength.Length)
        {
            return false;
        }

        var initial = context.Text[tokens[index].Start];
        return !char.IsAsciiLetter(initial) || ((initialsByLength[tokens[index].Length] >> ((initial | 0x20) - 'a')) & 1) != 0;
    }
}
