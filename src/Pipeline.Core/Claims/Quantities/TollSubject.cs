using System.Buffers;
using Pipeline.Core.Claims.Numbers;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Quantities;

/// <summary>"The death toll rose to 112", "bringing the toll to at least 58": a bare figure a toll reaches counts deaths.</summary>
internal static class TollSubject
{
    // "The death toll from floods in Brazil's southern state of Rio Grande do Sul rose to 147": a toll's place can be long.
    private const int Window = 16;

    private static readonly SearchValues<char> ClauseMarks = SearchValues.Create(",.;:");
    private static readonly WordSet Tolls = new("toll", "tolls");

    public static bool Before(TextContext context, int first)
    {
        for (var i = first - 1; i >= Math.Max(0, first - Window); i--)
        {
            if (context.IsAny(i, Tolls))
            {
                return true;
            }

            if (TokenMarks.At(context, i, ClauseMarks) || context.SentenceBreakBetween(i, first))
            {
                return false;
            }
        }

        return false;
    }
}
