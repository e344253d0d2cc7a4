using Pipeline.Core.Claims.Facts;
using Pipeline.Core.Claims.Numbers;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Quantities;

/// <summary>
/// A figure with no noun that is the subject of an event: "At least 40 were killed", "Officials said 1,200 had been
/// exchanged so far", "12 drowned". It counts what the nearest counted noun counts (in its sentence or the one before),
/// else people. Read last, so a figure another reader explained ("a further 303 were freed") keeps that reading.
/// </summary>
internal static class BareSubjectCounts
{
    private const int MaxAuxiliaries = 3;

    private static readonly WordSet Auxiliaries = new("were", "was", "are", "is", "have", "has", "had", "been", "being", "also", "later", "reportedly", "still", "now", "since", "more");

    // Words after which a figure opens its clause: "Officials said 1,200 had been ...", "..., and 12 were hurt".
    private static readonly WordSet ClauseOpeners = new("said", "says", "that", "and", "but", "while", "with", "reported", "added");

    public static void Find(TextContext context, List<NumberMention> numbers, bool[] taken, List<ClaimDraft> drafts)
    {
        foreach (var number in numbers)
        {
            if (!IsCandidate(context, number, taken) || !HasEventVerb(context, number.EndToken))
            {
                continue;
            }

            var (qualifier, first) = QualifierReader.Read(context, number.FirstToken);
            if (!OpensClause(context, first) || NonCountNumbers.IsNonCount(context, number))
            {
                continue;
            }

            var (measure, group) = WhoIsCounted(BorrowedMeasure.Find(context, number.FirstToken, "people"));
            drafts.Add(new ClaimDraft(ClaimKind.Count, first, number.EndToken, measure)
            {
                Quantity = QualifierReader.Bounds(number.Value, measure, qualifier),
                Qualifier = qualifier,
                Group = group,
                Scope = ScopeReader.Read(context, first, number.EndToken),
            });
            Array.Fill(taken, true, first, number.EndToken - first);
        }
    }

    // "At least 40 were killed and 12 remain missing": a state another figure is in says nothing of who these 40 are.
    private static readonly HashSet<string> States = new(StringComparer.Ordinal) { "missing", "deaths", "injured", "casualties" };

    private static (string Measure, string Group) WhoIsCounted((string Measure, string Group) borrowed) =>
        States.Contains(borrowed.Measure) ? ("people", "persons") : borrowed;

    // Spelled "one" mostly picks someone out ("one was a journalist"); from two on a spelled figure counts.
    private static bool IsCandidate(TextContext context, NumberMention number, bool[] taken) =>
        !taken[number.FirstToken] && !number.Designator && !number.UnitAttached && context.IsWord(number.EndToken)
        && (number.Form == NumberForm.Digits ? number.Value >= 1 : number.Value >= 2 && !IsVaguePlural(context, number))
        && !number.LooksLikeYear;

    /// <summary>"Hundreds freed": a plural number word is a vague amount, not the number it names.</summary>
    private static bool IsVaguePlural(TextContext context, NumberMention number) =>
        context.Span(number.EndToken - 1) is [.., 's' or 'S'];

    /// <summary>"were killed", "had been exchanged", "drowned": up to three auxiliaries, then an event's cue word.</summary>
    private static bool HasEventVerb(TextContext context, int after)
    {
        var verb = after;
        while (verb - after < MaxAuxiliaries && context.IsAny(verb, Auxiliaries))
        {
            verb++;
        }

        return FrameReader.IsCueWord(context, verb);
    }

    private static bool OpensClause(TextContext context, int first)
    {
        var before = first - 1;
        return before < 0 || context.SentenceTokens(context.SentenceOfToken(first)).First == first
            || context.IsAnyChar(before, ",;:—–") || context.IsAny(before, ClauseOpeners);
    }
}
