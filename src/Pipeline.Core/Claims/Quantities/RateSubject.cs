using Pipeline.Core.Claims.Facts;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Quantities;

/// <summary>
/// What a percentage measures when its clause names it: "inflation fell to 10.2%", "the key rate at 21%", "a 25%
/// tariff". Without it every percentage in an article would share one fact key, and inflation of 10.2% would seem to
/// contradict a 4% target.
/// </summary>
internal static class RateSubject
{
    private static readonly PhraseTable<string> Subjects = PhraseTable<string>.Load("rate-subjects.txt", row => row[1], LexiconMarks.RateSubject);

    private const int AfterWindow = 2;

    // Far enough for "the central bank kept its key interest rate at a record 21%"; a bound, so that a text of
    // nothing but percentages is still read in linear time.
    private const int BeforeWindow = 12;

    /// <summary>
    /// The nearest subject before the figure in its clause, else one right after it ("10.2% inflation"); a noun
    /// further after is more often the base ("1.7% of GDP") than what changed.
    /// </summary>
    public static string? Near(TextContext context, int firstToken, int endToken)
    {
        var (from, to) = ClauseSearch.Clause(context, firstToken, endToken);
        for (var i = firstToken - 1; i >= Math.Max(from, firstToken - BeforeWindow); i--)
        {
            if (context.Has(i, LexiconMarks.RateSubject) && Subjects.TryMatch(context, i, out var subject, out var end) && end <= firstToken)
            {
                return subject;
            }
        }

        for (var i = endToken; i < Math.Min(to, endToken + AfterWindow); i++)
        {
            if (context.Has(i, LexiconMarks.RateSubject) && Subjects.TryMatch(context, i, out var subject, out _))
            {
                return subject;
            }
        }

        return null;
    }
}
