using System.Buffers;
using Pipeline.Core.Claims.Numbers;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Quantities;

/// <summary>Counts and amounts: a number (with its qualifier) and the thing counted ("nearly 800 individuals", "$1.2bn").</summary>
internal static class CountClaims
{
    private static readonly WordSet PartitiveDeterminers = new("the", "its", "their", "his", "her", "our", "those");

    public static void Find(TextContext context, List<NumberMention> numbers, bool[] taken, List<ClaimDraft> drafts)
    {
        for (var n = 0; n < numbers.Count; n++)
        {
            var number = numbers[n];
            if (taken[number.FirstToken] || number.Designator || (number.UnitAttached && number.Form == NumberForm.Digits))
            {
                continue;
            }

            // A range needs a dash or a word after its lower figure: a figure that can be no count alone and has no dash
            // after it (most in a list of figures) skips the range reader as well.
            var alone = CanBeCount(context, number, number.EndToken);
            if (!alone && !RangeReader.IsDash(context, number.EndToken))
            {
                continue;
            }

            var range = RangeReader.TryRead(context, numbers, n, out var upper);
            var end = range ? upper.EndToken : number.EndToken;
            if (!(range ? CanBeCount(context, number, end) : alone))
            {
                continue;
            }

            var currency = Currencies.Before(context, number.FirstToken);
            var compound = ScopeReader.IsForCompound(context, end);
            if ((compound && IsStatLine(context, numbers, n)) || (currency is null && NonCountNumbers.IsNonCount(context, number))
                || !TryNoun(context, numbers, n, end, currency, compound, out var noun) || IsTrivial(number, noun.Group) || noun.Group is "length" or "temperature"
                || Attribution.AnonymousSources.DescribedAt(context, noun.End))
            {
                continue;
            }

            var qualifierEnd = currency?.First ?? number.FirstToken;
            var (qualifier, first) = range ? RangeReader.Start(context, qualifierEnd) : QualifierReader.Read(context, qualifierEnd);
            if (IsRemainsOf(context, first))
            {
                noun = noun with { Measure = "bodies", Group = "bodies" };
            }

            var quantity = range ? new Quantity(null, noun.Measure, RangeReader.ScaledLower(context, number, upper), upper.Value)
                : QualifierReader.Bounds(number.Value, noun.Measure, qualifier);
            drafts.Add(new ClaimDraft(currency is not null || noun.Group == "money" ? ClaimKind.Amount : ClaimKind.Count, first, noun.End, noun.Measure)
            {
                Quantity = currency is { } sign ? quantity with { Unit = sign.Name } : quantity,
                Qualifier = range ? Qualifier.Range : qualifier,
                Group = noun.Group,
                Scope = compound ? ClaimScope.PerSide : ScopeReader.Read(context, first, noun.End),
            });
            MarkTaken(taken, first, noun.End);
            if (range)
            {
                n++;
            }
        }
    }

    /// <summary>The counted noun: from the lexicon, borrowed for "390 from each side" and "1,000-for-1,000", or (digits only) the next plural noun.</summary>
    private static bool TryNoun(TextContext context, List<NumberMention> numbers, int n, int end, (string Name, int First)? currency, bool compound, out (string Measure, string Group, int End) noun)
    {
        var number = numbers[n];
        if (currency is { } sign)
        {
            // "$1.2bn": the currency is what is counted.
            noun = (sign.Name, "money", end);
            return true;
        }

        if (compound)
        {
            var compoundEnd = CompoundEnd(context, end);
            var borrowed = BorrowedMeasure.Find(context, number.FirstToken, "prisoners");
            noun = (borrowed.Measure, borrowed.Group, compoundEnd);
            return true;
        }

        // Every reading below starts with a word after the number; most numbers in lists and tables have none, and
        // skip the sentence lookup.
        noun = default;
        if (!context.IsWord(end))
        {
            return (TollSubject.Before(context, number.FirstToken) && Toll(end, out noun)) || CrowdOrVote(context, number, end, out noun) || Subject(context, number, end, out noun);
        }

        var limit = context.SentenceTokens(context.SentenceOfToken(number.FirstToken)).End;
        if (MeasureLexicon.TryFindAfter(context, end, limit, out var measure, out var nounEnd))
        {
            noun = (measure.Measure, measure.Group, nounEnd);
            return true;
        }

        // "307 of its service members", "12 of the soldiers": a part of a group counts what the group is. "One of the
        // first flights" picks one out rather than counting, and "two of the three injured" is a part of a whole (below).
        if (context.Is(end, "of") && number.Value > 1 && context.IsAny(end + 1, PartitiveDeterminers) && !context.Has(end + 2, LexiconMarks.Number)
            && !(end + 2 < context.Tokens.Length && context.Tokens[end + 2].IsDigits) && MeasureLexicon.TryFindAfter(context, end + 2, limit, out measure, out nounEnd))
        {
            noun = (measure.Measure, measure.Group, nounEnd);
            return true;
        }

        if (PerSideTail(context, end) is var tail and > 0)
        {
            var borrowed = BorrowedMeasure.Find(context, number.FirstToken, "people");
            noun = (borrowed.Measure, borrowed.Group, tail);
            return true;
        }

        if (TollSubject.Before(context, number.FirstToken))
        {
            return Toll(end, out noun);
        }

        if (CrowdOrVote(context, number, end, out noun))
        {
            return true;
        }

        if (TotalAfter(context, number, end, limit, out var counted))
        {
            noun = (counted.Measure, counted.Group, number.EndToken);
            return true;
        }

        if (Subject(context, number, end, out noun))
        {
            return true;
        }

        if (PartOfWhole.TryWhole(context, numbers, n, out var whole) && TryNoun(context, numbers, whole, numbers[whole].EndToken, null, ScopeReader.IsForCompound(context, numbers[whole].EndToken), out noun))
        {
            // "163 of the 300 seats": the part counts what the whole counts; its span stops at the number.
            noun = noun with { End = number.EndToken };
            return true;
        }

        // Spelled-out "one" and "two" before an open noun are mostly trivial ("two leaders"); from three on they count.
        var spelledCount = number.Form == NumberForm.Words && number.Value >= 3;
        return (number.Form == NumberForm.Digits && !number.LooksLikeYear && !OpensWithALabel(context, number) || spelledCount) && OpenNoun.TryRead(context, end, limit, out noun);
    }

    /// <summary>
    /// "Section 230 protects platforms", "Resolution 2334 passed": digits after a capitalised word that opens the sentence
    /// and that no lexicon knows label it; a known word ("Russia 390", "Some 300") does not.
    /// </summary>
    private static bool OpensWithALabel(TextContext context, NumberMention number)
    {
        var before = number.FirstToken - 1;
        return context.IsCapitalized(before) && context.WordId(before) == Vocabulary.None
            && context.SentenceTokens(context.SentenceOfToken(number.FirstToken)).First == before;
    }

    private static readonly WordSet RemainsNouns = new("bodies", "remains");

    /// <summary>"the bodies of 909 fallen soldiers", "the remains of 40 people": the dead returned, not living soldiers.</summary>
    private static bool IsRemainsOf(TextContext context, int first) =>
        context.Is(first - 1, "of") && context.IsAny(first - 2, RemainsNouns);

    private static readonly WordSet TotalNouns = new("number", "total", "tally");

    /// <summary>"bringing to 4,757 the number of people freed": the total named after the figure says what it counts.</summary>
    private static bool TotalAfter(TextContext context, NumberMention number, int end, int limit, out (string Measure, string Group) measure)
    {
        measure = default;
        return context.Is(end, "the") && context.IsAny(end + 1, TotalNouns) && context.Is(end + 2, "of")
            && context.Is(QualifierReader.Read(context, number.FirstToken).FirstToken - 1, "to") && MeasureLexicon.TryFindAfter(context, end + 3, limit, out measure, out _);
    }

    /// <summary>
    /// Every reading of a count needs a word after the figure (its noun, "from each side", "-for-"), a word before it
    /// (a toll or a subject it moves to, a currency code) or a currency sign; tables and lists of bare figures have
    /// none, and skip the rest.
    /// </summary>
    private static bool CanBeCount(TextContext context, NumberMention number, int end) =>
        context.IsWord(end) || context.IsWord(number.FirstToken - 1) || context.IsChar(end, '-') || (number.FirstToken > 0 && context.Tokens[number.FirstToken - 1].IsPunctuation
            && context.Tokens[number.FirstToken].Joined && !TokenMarks.At(context, number.FirstToken - 1, ListMarks));

    // Glued before a figure with no word around it, a currency sign may make it an amount and a bracket or quote may
    // follow a toll; ",.;:" do neither (none is a sign, and a toll's search stops at them): in a list of figures
    // ("1,2.3") those numbers skip the currency, compound, non-count and noun tests.
    private static readonly SearchValues<char> ListMarks = SearchValues.Create(",.;:");

    private static bool Subject(TextContext context, NumberMention number, int end, out (string Measure, string Group, int End) noun)
    {
        noun = default;
        // A word ("to", "from", a qualifier) always comes before such a figure; most figures without a noun have none.
        if (!context.IsWord(number.FirstToken - 1)
            || !SubjectNoun.TryRead(context, QualifierReader.Read(context, number.FirstToken).FirstToken, out var measure, out var earlier))
        {
            return false;
        }

        noun = (measure.Measure, earlier ? ComparedFact.Group(measure.Group) : measure.Group, end);
        return true;
    }

    /// <summary>"Police put the crowd at 25,000" counts people, "a vote of 215 to 210" votes.</summary>
    private static bool CrowdOrVote(TextContext context, NumberMention number, int end, out (string Measure, string Group, int End) noun)
    {
        var votes = VoteTally.Before(context, number);
        noun = votes ? ("votes", "votes", end) : ("people", "persons", end);
        return votes || CrowdSize.Before(context, number);
    }

    private static bool Toll(int end, out (string Measure, string Group, int End) noun)
    {
        noun = ("deaths", "persons", end);
        return true;
    }

    /// <summary>"from each side", "by each country", "each", "per side", "apiece": a per-party figure whose noun is implied.</summary>
    private static int PerSideTail(TextContext context, int index)
    {
        // "1,000 from each side", "1000 by each country".
        if ((context.Is(index, "from") || context.Is(index, "by")) && context.Is(index + 1, "each"))
        {
            return context.IsWord(index + 2) ? index + 3 : index + 2;
        }

        return context.Is(index, "each") || context.Is(index, "apiece") ? index + 1
            : context.Is(index, "per") && context.Is(index + 1, "side") ? index + 2 : -1;
    }

    /// <summary>
    /// "went 2-for-5", "7-for-12 from three-point range": hits for attempts, not an exchange. A swap gives the same number
    /// each way ("1,000-for-1,000"), or names itself after an uneven pair ("a 1-for-100 swap").
    /// </summary>
    private static bool IsStatLine(TextContext context, List<NumberMention> numbers, int n)
    {
        if (n + 1 >= numbers.Count || numbers[n + 1].Value == numbers[n].Value)
        {
            return false;
        }

        var after = CompoundEnd(context, numbers[n].EndToken);
        return !(context.Has(after, LexiconMarks.Event) || context.Has(after + 1, LexiconMarks.Event));
    }

    private static int CompoundEnd(TextContext context, int end)
    {
        var next = context.IsChar(end, '-') ? end + 2 : end + 1;
        next = context.IsChar(next, '-') ? next + 1 : next;
        next += next < context.Tokens.Length && context.Tokens[next].IsWord ? 1 : 0;
        next += next < context.Tokens.Length && context.Tokens[next].IsDigits ? 1 : 0;
        while (next < context.Tokens.Length && context.Tokens[next].Joined && (context.Tokens[next].IsDigits || context.IsAnyChar(next, ",.") && next + 1 < context.Tokens.Length && context.Tokens[next + 1].IsDigits))
        {
            next++;
        }

        return next;
    }

    private static bool IsTrivial(NumberMention number, string group) => group == "parties" && number.Value <= 2;

    private static void MarkTaken(bool[] taken, int first, int end)
    {
        for (var i = first; i < end && i < taken.Length; i++)
        {
            taken[i] = true;
        }
    }
}
