using Pipeline.Core.Claims.Numbers;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Quantities;

/// <summary>Shares written as frequencies: "one in five", "nine out of 10", "one-in-five", "one in every four".</summary>
internal static class OneInN
{
    // Asked after every number followed by a word: by id, one compare each instead of an ignore-case one.
    private static readonly int In = Vocabulary.RequiredId("in");
    private static readonly int Every = Vocabulary.RequiredId("every");
    private static readonly int Out = Vocabulary.RequiredId("out");
    private static readonly int Of = Vocabulary.RequiredId("of");

    /// <summary>
    /// "one in five voters", "1 in 4 adults", "nine out of 10", "one-in-five", "1 in 100,000": a share written as a
    /// frequency. A small or round pair only: "aged 10 to 14 in 521 towns" ends a range, and "3 in 2024" is a year.
    /// </summary>
    public static bool Is(TextContext context, NumberMention part, NumberMention whole) =>
        whole.FirstToken - part.EndToken is >= 1 and <= 3 && WholeStart(context, part.EndToken) == whole.FirstToken && part.IsInteger && whole.IsInteger
        && part.Value >= 1 && whole.Value > part.Value && !(whole.Form == NumberForm.Digits && whole.End - whole.Start == 4)
        && (part.Value <= 10 || whole.Value % 10 == 0) && !context.Is(part.FirstToken - 1, "to") && !context.IsAnyChar(part.FirstToken - 1, "-–");

    /// <summary>Where the whole starts after "in", "in every", "out of" or "-in-"; -1 when none of them follows the part.</summary>
    private static int WholeStart(TextContext context, int after)
    {
        if (context.IsWordId(after, In))
        {
            return context.IsWordId(after + 1, Every) ? after + 2 : after + 1;
        }

        if (context.IsWordId(after, Out) && context.IsWordId(after + 1, Of))
        {
            return after + 2;
        }

        return context.IsChar(after, '-') && context.IsWordId(after + 1, In) && context.IsChar(after + 2, '-') ? after + 3 : -1;
    }
}
