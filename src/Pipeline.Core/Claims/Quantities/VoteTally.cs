using Pipeline.Core.Claims.Numbers;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Quantities;

/// <summary>"passed by a vote of 215 to 210", "lawmakers voted 215 to 210": a bare figure a vote is put at counts votes.</summary>
internal static class VoteTally
{
    private static readonly int Vote = Vocabulary.RequiredId("vote");
    private static readonly int Voted = Vocabulary.RequiredId("voted");
    private static readonly int Of = Vocabulary.RequiredId("of");

    public static bool Before(TextContext context, NumberMention number)
    {
        var before = number.FirstToken - 1;
        return (context.IsWordId(before, Of) && context.IsWordId(before - 1, Vote)) || context.IsWordId(before, Voted);
    }
}
