using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Facts;

/// <summary>
/// The sentence and clause of a claim's first token, found once per claim: the frame, running-total and current-event
/// readers each searched for the same clause, and the backward walk to its start was a visible share of finishing.
/// </summary>
internal readonly record struct ClaimSite((int First, int End) Sentence, (int From, int To) Clause)
{
    public static ClaimSite Of(TextContext context, int firstToken, int endToken) =>
        new(ClauseSearch.Sentence(context, firstToken), ClauseSearch.Clause(context, firstToken, endToken));
}
