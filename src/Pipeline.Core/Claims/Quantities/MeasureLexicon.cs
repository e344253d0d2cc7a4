using Pipeline.Core.Claims.Facts;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Quantities;

/// <summary>The nouns that name what is counted, each with its normalised measure and the group fact keys use.</summary>
internal static class MeasureLexicon
{
    public const int MaxModifierWords = 2;

    private static readonly PhraseTable<(string Measure, string Group)> Nouns =
        PhraseTable<(string Measure, string Group)>.Load("measures.txt", row => (row[1], row[2]), LexiconMarks.Measure);

    public static bool TryMatch(TextContext context, int index, out (string Measure, string Group) measure, out int end) =>
        Nouns.TryMatch(context, index, out measure, out end);

    /// <summary>
    /// The counted noun after a number, allowing a couple of modifiers ("270 Russian servicemen", "250 enemy soldiers",
    /// "2,300 new COVID-19 cases").
    /// Punctuation or a sentence end stops the noun phrase.
    /// </summary>
    public static bool TryFindAfter(TextContext context, int index, int limit, out (string Measure, string Group) measure, out int end)
    {
        for (var skipped = 0; skipped <= MaxModifierWords && index < limit; skipped++)
        {
            if (TryMatch(context, index, out measure, out end))
            {
                (measure, end) = WithCoordinated(context, measure, end, limit);
                return true;
            }

            if (!IsModifier(context, index) || (skipped > 0 && context.IsAny(index, Verbs)))
            {
                break;
            }

            index = PairedModifierEnd(context, index, CompoundEnd(context, index + 1));
        }

        (measure, end) = (default, index);
        return false;
    }

    private static readonly WordSet Conjunctions = new("and", "or");

    /// <summary>"1,000 Ukrainian and Russian prisoners": a capitalised modifier paired with another by "and" or "or" is one modifier.</summary>
    private static int PairedModifierEnd(TextContext context, int modifier, int next) =>
        context.IsCapitalized(modifier) && context.IsAny(next, Conjunctions) && context.IsCapitalized(next + 1) && IsModifier(context, next + 1)
            ? CompoundEnd(context, next + 2)
            : next;

    /// <summary>
    /// "390 soldiers and civilians": one figure for two kinds of people counts people, and covers both nouns; "367
    /// drones and missiles" counts munitions. With a figure of its own ("270 soldiers and 120 civilians") the second
    /// noun is a part, read on its own.
    /// </summary>
    private static ((string Measure, string Group) Measure, int End) WithCoordinated(TextContext context, (string Measure, string Group) first, int end, int limit)
    {
        // The conjunction first: it is one id test, and most nouns have none after them, where the group's kind is two
        // set lookups and a frame lookup (this method was 0.68% of all samples, mostly those lookups).
        if (!context.IsAny(end, Conjunctions))
        {
            return (first, end);
        }

        var kind = IsPeople(first) ? People : IsWeapon(first) ? Munitions : default;
        if (kind == default)
        {
            return (first, end);
        }

        var next = IsModifier(context, end + 1) && !context.Has(end + 1, LexiconMarks.Measure) ? end + 2 : end + 1;
        if (next >= limit || !TryMatch(context, next, out var second, out var secondEnd) || (kind == People ? !IsPeople(second) : !IsWeapon(second)) || secondEnd > limit)
        {
            return (first, end);
        }

        return (second.Measure == first.Measure ? first : kind, secondEnd);
    }

    private static readonly (string Measure, string Group) People = ("people", "persons");
    private static readonly (string Measure, string Group) Munitions = ("munitions", "munitions");

    private static bool IsWeapon((string Measure, string Group) measure) => MeasureGroups.IsWeapon(measure.Group);

    // "15 people and wounded dozens more": the dead, injured and missing are what happened to people, not a kind of them.
    private static bool IsPeople((string Measure, string Group) measure) =>
        MeasureGroups.IsPeople(measure.Group) && FrameReader.ImpliedBy(measure.Measure) is null;

    /// <summary>"long-range", "Russian-made", "COVID-19": hyphenated parts glued to a modifier belong to it.</summary>
    private static int CompoundEnd(TextContext context, int index)
    {
        var tokens = context.Tokens;
        while (index + 1 < tokens.Length && context.IsChar(index, '-') && tokens[index].Joined && tokens[index + 1].Joined && !tokens[index + 1].IsPunctuation)
        {
            index += 2;
        }

        return index;
    }

    private static readonly WordSet NotModifiers = new("of", "and", "from", "each", "in", "the");

    // "270 were soldiers" names what the figure counts; in "the 390 freed were wounded" a noun after the verb does not.
    private static readonly WordSet Verbs = new("were", "was", "are", "is", "be", "been", "has", "have", "had", "will", "would");

    // A number word is no modifier: in "down from 235 four years ago", 235 does not count years.
    private static bool IsModifier(TextContext context, int index) =>
        context.IsWord(index) && !context.Has(index, LexiconMarks.Number) && !context.IsAny(index, NotModifiers)
        && !(index + 1 < context.Tokens.Length && context.Tokens[index + 1].Joined && context.IsChar(index + 1, '.'));
}
