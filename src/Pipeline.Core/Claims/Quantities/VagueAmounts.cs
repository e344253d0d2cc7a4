using Pipeline.Core.Claims.Facts;
using System.Globalization;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Quantities;

/// <summary>Vague amounts ("dozens of", "tens of thousands of") with the gold's bounds for each.</summary>
internal static class VagueAmounts
{
    private static readonly PhraseTable<(double Lower, double? Upper)> Amounts = PhraseTable<(double Lower, double? Upper)>.Load(
        "vague-amounts.txt",
        row => (double.Parse(row[1], CultureInfo.InvariantCulture), row.Length > 2 && row[2].Length > 0 ? double.Parse(row[2], CultureInfo.InvariantCulture) : null), LexiconMarks.Vague);

    // Shared, so probing every word does not allocate; callers ignore it when TryRead fails.
    private static readonly Quantity NotFound = Quantity.Exact(0);

    /// <summary>
    /// A vague amount starting at <paramref name="index"/> and followed by "of" or "more" ("hundreds more prisoners");
    /// End is the token after that word.
    /// </summary>
    public static bool TryRead(TextContext context, int index, out Quantity quantity, out int end)
    {
        quantity = NotFound;
        if (!Amounts.TryMatch(context, index, out var bounds, out end) || !(context.Is(end, "of") || context.Is(end, "more")))
        {
            return false;
        }

        end++;
        quantity = Bounded(bounds);
        return true;
    }

    private static readonly WordSet Auxiliaries = new("were", "are", "was", "have", "had", "remain", "remained");

    /// <summary>
    /// "Dozens were wounded", "thousands remain missing", "left dozens missing": a vague amount standing for people,
    /// right before what happened to them; End is the auxiliary or that word. "Millions were spent" says nothing of people and is no count.
    /// </summary>
    public static bool TryReadBare(TextContext context, int index, out Quantity quantity, out int end)
    {
        quantity = NotFound;
        if (!Amounts.TryMatch(context, index, out var bounds, out end) || !(FrameReader.IsCueWord(context, end) || (context.IsAny(end, Auxiliaries) && FrameReader.IsCueWord(context, end + 1))))
        {
            return false;
        }

        quantity = Bounded(bounds);
        return true;
    }

    private static Quantity Bounded((double Lower, double? Upper) bounds) => new(bounds.Upper is null ? bounds.Lower : null, null, bounds.Lower, bounds.Upper);
}
