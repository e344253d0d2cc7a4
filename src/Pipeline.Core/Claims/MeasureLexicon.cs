using Pipeline.Core.Text;

namespace Pipeline.Core.Claims;

/// <summary>The nouns that name what is counted, each with its normalised measure and the group fact keys use.</summary>
public static class MeasureLexicon
{
    private const int MaxModifierWords = 2;

    private static readonly (string Surface, string Measure, string Group)[] Entries = Lexicon.Load("measures.txt")
        .Select(row => (row[0], row[1], row[2]))
        .OrderByDescending(entry => entry.Item1.Length)
        .ToArray();

    /// <summary>Finds the counted noun after a number, allowing a couple of modifiers ("270 Russian servicemen").</summary>
    public static (string Measure, string Group, int End)? FindAfter(string text, int numberEnd, int limit)
    {
        ArgumentNullException.ThrowIfNull(text);
        var position = numberEnd;
        for (var skipped = 0; skipped <= MaxModifierWords; skipped++)
        {
            position = SkipSpaces(text, position);
            if (position >= limit)
            {
                return null;
            }

            foreach (var (surface, measure, group) in Entries)
            {
                if (StartsWordAt(text, position, surface, limit))
                {
                    return (measure, group, position + surface.Length);
                }
            }

            position = SkipWord(text, position, limit);
            if (position < 0)
            {
                return null;
            }
        }

        return null;
    }

    private static bool StartsWordAt(string text, int position, string surface, int limit) =>
        position + surface.Length <= limit
        && text.AsSpan(position, surface.Length).Equals(surface, StringComparison.OrdinalIgnoreCase)
        && (position + surface.Length == text.Length || !char.IsLetter(text[position + surface.Length]));

    private static int SkipSpaces(string text, int position)
    {
        while (position < text.Length && text[position] == ' ')
        {
            position++;
        }

        return position;
    }

    /// <summary>Skips one modifier word; punctuation ends the noun phrase, so it returns -1 there.</summary>
    private static int SkipWord(string text, int position, int limit)
    {
        var start = position;
        while (position < limit && (char.IsLetter(text[position]) || text[position] is '-' or '\'' or '\u2019'))
        {
            position++;
        }

        return position == start || position >= limit || text[position] != ' ' ? -1 : position;
    }
}
