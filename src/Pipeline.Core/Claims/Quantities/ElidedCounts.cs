using Pipeline.Core.Claims.Facts;
using Pipeline.Core.Claims.Numbers;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Quantities;

/// <summary>
/// A second figure whose noun is left out: "12 people in Texas and 4 in Oklahoma", "57,000 people in Germany and 23,000
/// abroad", "Kyiv returned 307 soldiers and Moscow 307", "2.3 million passengers, up from 1.9 million". It counts what the count before it in the sentence counts. A list of bare figures ("aged 24, 31 and 45")
/// has no such count, and a count in words is too often a trivial one to lend its noun. "killing 1,700 people and
/// injuring about 3,400", "105 drones, 35 of them over Moscow" count the same thing too; and "a further 303" or "put the
/// figure at over 10,000" count what a sentence just before them in the paragraph counted.
/// </summary>
internal static class ElidedCounts
{
    private const int MaxGap = 8;

    // "and 4 in Oklahoma"; and the other side of a comparison: "up from 1.9 million", "by 312 votes to 290",
    // "compared with 4,100", "against 120".
    private static readonly string[] Joiners = ["and", "or", "including", "from", "to", "with", "against", "versus", "vs"];

    // "and a further 45", "and another 12", "including a record 600,000": words between the joiner and the figure.
    private static readonly string[] Additions = ["a", "further", "another", "an", "record"];

    // "35 of them", "120 of whom were civilians": a part of the count before.
    private static readonly string[] PartitivePronouns = ["them", "those", "whom", "which"];

    // "the total released over two days to 697": words between the total and the figure's "to".
    private const int TotalWindow = 6;
    private static readonly WordSet StandingVerbs = new("stands", "stood", "standing");

    // "put the figure at 10,000", "the toll stood at 147": the count before, restated.
    private static readonly string[] RestatedNouns = ["figure", "number", "toll", "total", "tally"];

    public static void Find(TextContext context, List<NumberMention> numbers, bool[] taken, List<ClaimDraft> drafts)
    {
        var counts = CountsInTextOrder(drafts);
        if (counts.Count == 0)
        {
            return;
        }

        ClaimDraft? previous = null;
        var next = 0;
        foreach (var number in numbers)
        {
            while (next < counts.Count && counts[next].FirstToken < number.FirstToken)
            {
                previous = counts[next++];
            }

            // The figure's own tests first: most figures fail them, and the qualifier before it is read once.
            if (previous is not { } antecedent || !IsCandidate(number, taken))
            {
                continue;
            }

            var (qualifier, first) = QualifierReader.Read(context, number.FirstToken);
            var joiner = Joiner(context, first, antecedent);
            if (IsElided(context, number, antecedent, first, joiner))
            {
                var part = IsPart(context, joiner, number, first);
                drafts.Add(antecedent with
                {
                    Group = part ? antecedent.Group : ComparedFact.Group(antecedent.Group ?? antecedent.Measure),
                    FirstToken = first,
                    EndToken = number.EndToken,
                    Quantity = QualifierReader.Bounds(number.Value, antecedent.Quantity!.Unit, qualifier),
                    Qualifier = qualifier,
                    // "390 freed by each side on Friday, followed by 307 on Saturday": a part keeps the scope of the first.
                    Scope = ScopeReader.Read(context, first, number.EndToken) ?? (part ? antecedent.Scope : null),
                });
                Array.Fill(taken, true, first, number.EndToken - first);
            }
        }
    }

    /// <summary>
    /// The counts among the drafts in text order (a stable order, ties as added). Readers add drafts in their own order,
    /// but the counts mostly come in text order already, and then the sort and its buffers are skipped.
    /// </summary>
    private static List<ClaimDraft> CountsInTextOrder(List<ClaimDraft> drafts)
    {
        var counts = new List<ClaimDraft>();
        var inOrder = true;
        foreach (var draft in drafts)
        {
            if (draft.Kind == ClaimKind.Count && draft.Quantity?.Number is not null)
            {
                inOrder &= counts.Count == 0 || counts[^1].FirstToken <= draft.FirstToken;
                counts.Add(draft);
            }
        }

        return inOrder ? counts : [.. counts.OrderBy(count => count.FirstToken)];
    }

    /// <summary>
    /// The word that joins the figure to the count before it. After "and" the figure is another part of the same kind
    /// of fact; after "from", "to" or "compared with" it is the other side of a comparison ("down from 6,200", "312
    /// votes to 290"), another fact, which gets its own key lest the article contradict itself.
    /// </summary>
    private static int Joiner(TextContext context, int qualifierFirst, ClaimDraft antecedent)
    {
        var joiner = qualifierFirst - 1;
        while (context.IsAny(joiner, Additions) && joiner > antecedent.EndToken)
        {
            joiner--;
        }

        while (context.IsCapitalized(joiner) && joiner > antecedent.EndToken)
        {
            // "... and Moscow 307": the other party, with its verb left out.
            joiner--;
        }

        return joiner;
    }

    /// <summary>
    /// After "and", "or" ("1,000 per side, or 2,000 in all"), "including", "followed by", or a "with" that breaks a
    /// total down per side ("2,000 freed, with 1,000 on each side"), the figure is another part of the same kind of
    /// fact; "365 seats, with 203 for Labour" and "compared with 4,100" are the other side of a comparison.
    /// </summary>
    private static bool IsPart(TextContext context, int joiner, NumberMention number, int qualifierFirst) =>
        IsOtherSourcesFigure(context, joiner) || context.Is(joiner, "and") || IsVerbJoined(context, joiner) || IsPartitive(context, number) || IsRestated(context, joiner) || IsFurther(context, number, qualifierFirst) || context.Is(joiner, "or") || context.Is(joiner, "including") || IsFollowedBy(context, joiner)
        || IsRunningTotal(context, joiner) || (context.Is(joiner, "with") && ScopeReader.Read(context, number.FirstToken, number.EndToken) == ClaimScope.PerSide);

    /// <summary>
    /// "12 sorties each, a total of 96", "307 more were freed, bringing the total to 697", "That brings the total over
    /// two days to 697", "The tally now stands at 2,000": a total of what the count before it counts, however far back
    /// in the sentence (or the one before) that count is.
    /// </summary>
    private static bool IsRunningTotal(TextContext context, int joiner)
    {
        var stands = context.Is(joiner, "at") && context.IsAny(joiner - 1, StandingVerbs);
        if (!(context.Is(joiner, "of") || context.Is(joiner, "to") || stands))
        {
            return false;
        }

        for (var i = joiner - 1; i >= Math.Max(0, joiner - TotalWindow) && context.IsWord(i); i--)
        {
            if (CumulativeCounts.IsTotalNoun(context, i))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet EstimateVerbs = new("said", "says", "estimated", "reported", "claimed");
    private static readonly WordSet Contrasts = new("while", "but", "whereas");

    /// <summary>
    /// "Police put the crowd at 25,000, while organisers said more than 100,000 had joined": another source's figure for
    /// the same thing, the other side of a disagreement under the same fact key.
    /// </summary>
    private static bool IsOtherSourcesFigure(TextContext context, int joiner)
    {
        if (!context.IsAny(joiner, EstimateVerbs))
        {
            return false;
        }

        for (var i = joiner - 1; i >= Math.Max(0, joiner - MaxGap) && !context.SentenceBreakBetween(i, joiner); i--)
        {
            if (context.IsAny(i, Contrasts))
            {
                return context.IsChar(i - 1, ',');
            }
        }

        return false;
    }

    private static bool IsComparedWith(TextContext context, int joiner) => context.Is(joiner - 1, "compared") && (context.Is(joiner, "with") || context.Is(joiner, "to"));

    /// <summary>"390 freed on Friday, followed by 307 on Saturday".</summary>
    private static bool IsFollowedBy(TextContext context, int joiner) => context.Is(joiner, "by") && context.Is(joiner - 1, "followed");

    /// <summary>"killing at least 1,700 people and injuring about 3,400": an event verb after "and" leaves out the noun.</summary>
    private static bool IsVerbJoined(TextContext context, int joiner) =>
        context.Is(joiner - 1, "and") && FrameReader.IsCueWord(context, joiner);

    /// <summary>"35 of them", "120 of whom": a part of what the count before counts.</summary>
    private static bool IsPartitive(TextContext context, NumberMention number) =>
        context.Is(number.EndToken, "of") && context.IsAny(number.EndToken + 1, PartitivePronouns);

    /// <summary>"put the figure at over 10,000", "the death toll stood at 147".</summary>
    private static bool IsRestated(TextContext context, int joiner) =>
        context.Is(joiner, "at") && (context.IsAny(joiner - 1, RestatedNouns) || ((context.Is(joiner - 1, "stood") || context.Is(joiner - 1, "stands")) && context.IsAny(joiner - 2, RestatedNouns)));

    /// <summary>"a further 303", "another 12", "303 more": more of what was counted before, often in the sentence before.</summary>
    private static bool IsFurther(TextContext context, NumberMention number, int qualifierFirst)
    {
        var before = qualifierFirst - 1;
        return context.Is(before, "another") || (context.Is(before, "further") && context.Is(before - 1, "a")) || (context.Is(number.EndToken, "more") && !context.Is(number.EndToken + 1, "than"));
    }

    private static bool IsCandidate(NumberMention number, bool[] taken) =>
        !taken[number.FirstToken] && number.Form == NumberForm.Digits && !number.Designator && !number.UnitAttached && number.Value > 0;

    private static bool IsElided(TextContext context, NumberMention number, ClaimDraft antecedent, int qualifierFirst, int and)
    {
        var total = IsRunningTotal(context, and);

        // "More than 1,800 people have died ... so far this year, according to the IOM, compared with about 1,400": a
        // comparison names its other side however long the first clause ran.
        var compared = IsComparedWith(context, and);

        // Figures joined by "to" are a range ("from 200 to 300"), except the two sides of a vote ("a vote of 215 to 210").
        var notARange = !context.Tokens[and - 1].IsDigits || antecedent.Measure == "votes";
        var partitive = IsPartitive(context, number);
        var elsewhere = IsRestated(context, and) || IsFurther(context, number, qualifierFirst) || total;
        return (context.IsAny(and, Joiners) || IsOtherSourcesFigure(context, and) || IsFollowedBy(context, and) || total || partitive || elsewhere || IsVerbJoined(context, and))
            && and - antecedent.EndToken >= 0 && (total || compared || and - antecedent.EndToken <= MaxGap || elsewhere)
            && (elsewhere ? InSentenceOrJustBefore(context, antecedent.EndToken, and) : !context.SentenceBreakBetween(antecedent.EndToken, and))
            && notARange && !context.IsChar(number.EndToken, ':') && (partitive || !context.Is(number.EndToken, "of"))
            && !NonCountNumbers.IsNonCount(context, number) && !number.LooksLikeYear
            && !IsLengthOrTemperature(context, number.EndToken);
    }

    /// <summary>"and roughly 40 kilometres of road": a figure with a unit of its own that no count takes borrows no noun.</summary>
    private static bool IsLengthOrTemperature(TextContext context, int after) =>
        MeasureLexicon.TryMatch(context, after, out var measure, out _) && measure.Group is "length" or "temperature";

    // "Late on Saturday, 307 came home. The day before, talks had stalled. Early on Sunday, a further 303 were freed."
    private const int MaxSentencesBack = 2;

    /// <summary>The antecedent is in the figure's sentence, or in one of the two before it in the same paragraph.</summary>
    private static bool InSentenceOrJustBefore(TextContext context, int antecedentEnd, int joiner)
    {
        var (antecedentSentence, sentence) = (context.SentenceOfToken(antecedentEnd - 1), context.SentenceOfToken(joiner));
        if (antecedentSentence > sentence || sentence - antecedentSentence > MaxSentencesBack)
        {
            return false;
        }

        for (var s = antecedentSentence + 1; s <= sentence; s++)
        {
            if (context.OpensParagraph(s))
            {
                return false;
            }
        }

        return true;
    }
}
