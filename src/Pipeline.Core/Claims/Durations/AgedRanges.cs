using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Durations;

/// <summary>
/// "children aged five months to three years", "volunteers aged 18 to 25": ages, neither how long something lasted nor
/// a count of months or people (the contract has no kind for an age).
/// </summary>
internal static class AgedRanges
{
    private const int MaxAgedRangeWords = 6;
    private static readonly int Aged = Vocabulary.RequiredId("aged");
    private static readonly WordSet RangeWords = new("to", "and", "between", "or");

    /// <summary>Whether the figure at <paramref name="first"/> follows "aged" through figures, units and "to"/"and".</summary>
    public static bool Includes(TextContext context, int first)
    {
        for (var i = first - 1; i >= Math.Max(0, first - MaxAgedRangeWords); i--)
        {
            if (context.IsWordId(i, Aged))
            {
                return true;
            }

            var inRange = context.Tokens[i].IsDigits || context.Has(i, LexiconMarks.Number) || context.Has(i, LexiconMarks.DurationUnit)
                || context.IsAny(i, RangeWords) || context.IsChar(i, '-');
            if (!inRange)
            {
                return false;
            }
        }

        return false;
    }
}
