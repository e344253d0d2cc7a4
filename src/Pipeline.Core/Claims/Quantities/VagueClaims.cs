using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Quantities;

/// <summary>Vague amounts of a counted thing: "hundreds of thousands of soldiers", "dozens of civilians".</summary>
internal static class VagueClaims
{
    public static void Find(TextContext context, bool[] taken, List<ClaimDraft> drafts)
    {
        for (var i = 0; i < context.Tokens.Length; i++)
        {
            if (taken[i] || !context.IsWord(i) || !VagueAmounts.TryRead(context, i, out var quantity, out var afterOf))
            {
                continue;
            }

            var limit = context.SentenceTokens(context.SentenceOfToken(i)).End;
            if (!MeasureLexicon.TryFindAfter(context, afterOf, limit, out var measure, out var end))
            {
                continue;
            }

            drafts.Add(new ClaimDraft(ClaimKind.Count, i, end, measure.Measure)
            {
                Quantity = quantity with { Unit = measure.Measure },
                Qualifier = Qualifier.Vague,
                Group = measure.Group,
                Scope = ScopeReader.Read(context, i, end),
            });
            for (var t = i; t < end; t++)
            {
                taken[t] = true;
            }

            i = end - 1;
        }
    }
}
