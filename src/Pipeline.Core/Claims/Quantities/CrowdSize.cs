using Pipeline.Core.Claims.Numbers;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Quantities;

/// <summary>"Police put the crowd at 25,000", "a crowd of about 3,000", "turnout estimated at 40,000": a bare figure a crowd is put at counts people.</summary>
internal static class CrowdSize
{
    private static readonly WordSet Crowds = new("crowd", "crowds", "turnout");
    private static readonly WordSet Estimates = new("estimated", "put", "numbered", "totalled", "totaled");

    // "a crowd estimated at slightly more than 40,000": the crowd word is at most six tokens before the figure.
    private const int Reach = 6;

    public static bool Before(TextContext context, NumberMention number)
    {
        if (!CrowdWithin(context, number.FirstToken))
        {
            return false;
        }

        var before = QualifierReader.Read(context, number.FirstToken).FirstToken - 1;
        if (context.Is(before, "at") && context.IsAny(before - 1, Estimates))
        {
            before--;
        }

        var crowd = before - 1;
        return (context.Is(before, "at") || context.Is(before, "of") || context.IsAny(before, Estimates)) && context.IsAny(crowd, Crowds);
    }

    /// <summary>Most figures have no crowd word before them: one id test per token ends there.</summary>
    private static bool CrowdWithin(TextContext context, int first)
    {
        for (var i = first - 1; i >= Math.Max(0, first - Reach); i--)
        {
            if (context.IsAny(i, Crowds))
            {
                return true;
            }
        }

        return false;
    }
}
