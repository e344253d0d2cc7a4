using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Numbers;

/// <summary>
/// "up a fifth since 2023", "rose by a third in the first half": after a word of change, "a" and an ordinal are a
/// share of what changed, not a rank, though no "of" follows.
/// </summary>
internal static class ChangeShares
{
    private static readonly int A = Vocabulary.RequiredId("a");
    private static readonly WordSet ChangeWords = new(
        "up", "down", "by", "rose", "fell", "grew", "dropped", "jumped", "climbed", "increased", "decreased", "cut", "shrank", "slumped", "surged", "soared");

    // What may follow the share: "up a fifth since 2023", "down a third on last year"; "rose a third time" is a label.
    private static readonly WordSet Followers = new("since", "on", "in", "from", "over", "to", "compared", "against", "last", "this", "and", "but", "while", "after", "during");

    /// <summary>Whether the ordinal word at <paramref name="ordinal"/> follows "a" after a word of change, and no noun follows it.</summary>
    public static bool IsAt(TextContext context, int ordinal) =>
        context.IsWordId(ordinal - 1, A) && context.IsAny(ordinal - 2, ChangeWords) && (!context.IsWord(ordinal + 1) || context.IsAny(ordinal + 1, Followers));
}
