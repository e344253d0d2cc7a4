using Pipeline.Core.Claims.Numbers;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Quantities;

/// <summary>
/// A first figure whose noun is left for the second: "won 65 and 26 seats respectively", "freed 12 and 9 prisoners".
/// It counts what the count right after "and" counts, as another part of the same fact. "between 65 and 70" is a range
/// (read before this), a list of bare figures ("aged 24, 31 and 45") counts nothing, and figures joined by "or" ("three
/// or four people") are an estimate, not two counts.
/// </summary>
internal static class LeadingElidedCounts
{
    private static readonly WordSet RangeOpeners = new("between", "from", "aged", "ages");

    public static void Find(TextContext context, List<NumberMention> numbers, bool[] taken, List<ClaimDraft> drafts)
    {
        var counts = drafts.Count;
        for (var n = 0; n + 1 < numbers.Count; n++)
        {
            var (first, second) = (numbers[n], numbers[n + 1]);
            if (IsCandidate(context, first, second, taken) && CountAt(drafts, counts, second.FirstToken) is { } count)
            {
                drafts.Add(count with
                {
                    FirstToken = first.FirstToken,
                    EndToken = first.EndToken,
                    Quantity = QualifierReader.Bounds(first.Value, count.Quantity!.Unit, Qualifier.Exact),
                    Qualifier = Qualifier.Exact,
                    CharSpan = null,
                });
                Array.Fill(taken, true, first.FirstToken, first.EndToken - first.FirstToken);
            }
        }
    }

    private static bool IsCandidate(TextContext context, NumberMention first, NumberMention second, bool[] taken) =>
        !taken[first.FirstToken] && first.Form == second.Form && first.Form == NumberForm.Digits && !first.Designator && !first.UnitAttached
        && first.Value > 0 && context.Is(first.EndToken, "and") && second.FirstToken == first.EndToken + 1
        && !context.IsAny(first.FirstToken - 1, RangeOpeners) && !IsInList(context, first.FirstToken - 1)
        && !first.LooksLikeYear;

    /// <summary>"24, 31 and 45": a figure after a comma after a figure is the end of a list.</summary>
    private static bool IsInList(TextContext context, int before) =>
        before >= 1 && (context.Tokens[before].IsDigits || (context.IsChar(before, ',') && context.Tokens[before - 1].IsDigits));

    /// <summary>The plain count that starts at <paramref name="token"/>, among the first <paramref name="end"/> drafts.</summary>
    private static ClaimDraft? CountAt(List<ClaimDraft> drafts, int end, int token)
    {
        for (var i = 0; i < end; i++)
        {
            if (drafts[i] is { Kind: ClaimKind.Count, Qualifier: Qualifier.Exact, Quantity.Number: not null } draft && draft.FirstToken == token)
            {
                return draft;
            }
        }

        return null;
    }
}
