using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Quantities;

/// <summary>
/// A bare figure that a counted subject moves to: "Deaths fell to 85 from 112", "the number of patients rose to 1,500",
/// "admissions stood at 240". The subject, a counted noun just before a verb of change, is what the figure counts.
/// The figure after "from" is the earlier value, another fact than the one the subject has now.
/// </summary>
internal static class SubjectNoun
{
    private const int MaxGap = 8;

    private static readonly string[] Prepositions = ["to", "from", "at"];
    private static readonly string[] Auxiliaries = ["has", "have", "had", "also", "then", "now"];
    private static readonly string[] ChangeVerbs =
    [
        "rose", "risen", "rise", "rises", "fell", "fallen", "fall", "falls", "increased", "decreased", "declined", "climbed",
        "dropped", "jumped", "grew", "grown", "reached", "hit", "totalled", "totaled", "stood", "stands", "doubled", "tripled",
        "surged", "soared", "plunged", "slipped", "edged", "dipped",
    ];

    /// <summary>"rose from 1,200 to 1,500" is a change, not a range.</summary>
    public static bool IsChangeFrom(TextContext context, int from) =>
        context.Is(from, "from") && (context.IsAny(from - 1, ChangeVerbs) || context.IsAny(from - 2, ChangeVerbs));

    /// <summary>The subject's measure, and whether the figure is the earlier value ("from 112").</summary>
    public static bool TryRead(TextContext context, int qualifierStart, out (string Measure, string Group) measure, out bool earlier)
    {
        (measure, earlier) = (default, false);
        var preposition = qualifierStart - 1;
        if (!context.IsAny(preposition, Prepositions))
        {
            return false;
        }

        earlier = context.Is(preposition, "from");
        var verb = VerbBefore(context, preposition);
        return (verb > 0 && SubjectEndingAt(context, verb, out measure)) || (context.Is(preposition, "to") && BroughtNumberBefore(context, preposition, out measure));
    }

    private const int MaxBroughtWords = 14;
    private static readonly WordSet BringingVerbs = new("brings", "bringing", "brought", "bring", "takes", "taking", "took", "take", "pushes", "pushing", "pushed", "raises", "raising", "raised");

    /// <summary>
    /// "which brings the total number of people freed by each side since Friday to 1,000": the number a verb brings to
    /// the figure counts what follows its "number of".
    /// </summary>
    private static bool BroughtNumberBefore(TextContext context, int to, out (string Measure, string Group) measure)
    {
        for (var i = to - 1; i >= Math.Max(1, to - MaxBroughtWords) && !context.Tokens[i].IsPunctuation; i--)
        {
            if (TheNumberOf(context, i, out measure) is var determiner and >= 0)
            {
                return context.IsAny(determiner - 1, BringingVerbs);
            }
        }

        measure = default;
        return false;
    }

    /// <summary>
    /// "the number of people", "the total number of prisoners" at <paramref name="number"/>: the counted measure, and
    /// the token of "the" (or -1). "A number of residents" is some of them, not a count.
    /// </summary>
    private static int TheNumberOf(TextContext context, int number, out (string Measure, string Group) measure)
    {
        measure = default;
        var determiner = context.Is(number - 1, "total") ? number - 2 : number - 1;
        if (!(context.Is(number, "number") && context.Is(number + 1, "of") && context.Is(determiner, "the"))
            || !MeasureLexicon.TryMatch(context, number + 2, out measure, out _) || !IsCountedSubject(measure.Group))
        {
            measure = default;
            return -1;
        }

        return determiner;
    }

    private static bool IsCountedSubject(string group) => group is not ("parties" or "length" or "money" or "temperature");

    /// <summary>The verb of change the preposition follows, directly or after the other figure ("rose to 85 from 112").</summary>
    private static int VerbBefore(TextContext context, int preposition)
    {
        for (var i = preposition - 1; i >= Math.Max(0, preposition - MaxGap); i--)
        {
            if (context.IsAny(i, ChangeVerbs))
            {
                return i;
            }

            if (!(context.Tokens[i].IsDigits || context.IsAnyChar(i, ",.") || context.IsAny(i, Prepositions)))
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool SubjectEndingAt(TextContext context, int verb, out (string Measure, string Group) measure)
    {
        var end = verb;
        while (end > 0 && context.IsAny(end - 1, Auxiliaries))
        {
            end--;
        }

        for (var start = end - 1; start >= Math.Max(0, end - 3); start--)
        {
            if (MeasureLexicon.TryMatch(context, start, out measure, out var nounEnd) && nounEnd == end && IsCountedSubject(measure.Group))
            {
                return true;
            }
        }

        return NumberOfBefore(context, end, out measure);
    }

    /// <summary>"The number of people evacuated rose to 4,200": the subject is what "the number of" counts, whatever follows it.</summary>
    private static bool NumberOfBefore(TextContext context, int verb, out (string Measure, string Group) measure)
    {
        for (var start = verb - 3; start >= Math.Max(0, verb - MaxGap) && !context.Tokens[start + 2].IsPunctuation; start--)
        {
            if (TheNumberOf(context, start, out measure) >= 0)
            {
                return true;
            }
        }

        measure = default;
        return false;
    }
}
