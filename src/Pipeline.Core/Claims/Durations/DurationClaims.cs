using Pipeline.Core.Claims.Numbers;
using Pipeline.Core.Claims.Quantities;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Durations;

/// <summary>
/// Duration claims ("two hours", "90-minute", "in over three years"). Only written amounts are claims: "a week" or
/// "a few days" are not checkable. "over three days" after a verb means "during", not "more than".
/// </summary>
internal static class DurationClaims
{
    private const int SubjectWindow = 8;

    private static readonly PhraseTable<string> Subjects = PhraseTable<string>.Load("duration-subjects.txt", row => row[1], LexiconMarks.DurationSubject);

    // The durations found, a list kept per thread like the extractor's scratch: made for every article, it and its
    // regrowth copies were half of what the step allocated. A longer list (a hostile text) is not kept.
    [ThreadStatic]
    private static List<DurationMention>? spareDurations;

    private const int MaxKept = 1 << 12;

    public static void Find(TextContext context, List<NumberMention> numbers, bool[] taken, List<ClaimDraft> drafts)
    {
        var durations = spareDurations ?? [];
        spareDurations = null;
        Find(context, numbers, DurationScanner.Scan(context, numbers, durations), taken, drafts);
        durations.Clear();
        spareDurations = durations.Capacity <= MaxKept ? durations : null;
    }

    private static void Find(TextContext context, List<NumberMention> numbers, List<DurationMention> durations, bool[] taken, List<ClaimDraft> drafts)
    {
        foreach (var duration in durations)
        {
            if ((!duration.Counted && !IsBoundedSingle(context, duration)) || duration.Value is null || taken[duration.FirstToken] || context.Is(duration.EndToken, "ago")
                || IsAge(context, duration.EndToken) || AgedRanges.Includes(context, duration.FirstToken)
                || IsExtremeSpan(context, duration.EndToken))
            {
                continue;
            }

            var lower = LowerOfRange(context, numbers, duration);
            var (qualifier, first) = lower is { } from ? RangeReader.Start(context, from.FirstToken) : QualifierReader.Read(context, duration.FirstToken);
            if (qualifier == Qualifier.MoreThan && context.Is(first, "over") && (!IsLengthOver(context, first - 1) || OpensSentence(context, first)))
            {
                (qualifier, first) = (Qualifier.Exact, duration.FirstToken);
            }

            // "the first talks in three years": the gap since the last, approximate, and not how long the talks lasted.
            var gap = context.Is(first - 1, "in") && FirstBefore(context, first - 1);
            if (qualifier == Qualifier.Exact && gap)
            {
                qualifier = Qualifier.Approx;
            }

            var subject = Subject(context, duration, first);
            Take(new ClaimDraft(ClaimKind.Duration, first, duration.EndToken, gap ? Gap(subject) : subject)
            {
                Quantity = lower is { } range ? new Quantity(null, duration.Unit, range.Value, duration.Value) : QualifierReader.Bounds(duration.Value.Value, duration.Unit, qualifier),
                Qualifier = qualifier,
                Group = "duration",
            }, taken, drafts);

            if (lower is null)
            {
                AddCoordinated(context, numbers, duration, first, subject, taken, drafts);
            }
        }
    }

    private static readonly int And = Vocabulary.RequiredId("and");
    private static readonly WordSet Singles = new("a", "an");

    /// <summary>
    /// "held for more than a year", "nearly a decade": a bound on a single unit is checkable, where "a week" alone
    /// is a manner of speaking.
    /// </summary>
    private static bool IsBoundedSingle(TextContext context, DurationMention duration) =>
        context.IsAny(duration.FirstToken, Singles)
        && QualifierReader.Read(context, duration.FirstToken).Qualifier is Qualifier.MoreThan or Qualifier.AtLeast or Qualifier.Nearly or Qualifier.LessThan or Qualifier.AtMost;

    /// <summary>
    /// "terms of five and seven years": a figure joined to the duration by "and" is one of its own, in the same unit
    /// ("two or three days" is one uncertain length, left to the range readers).
    /// </summary>
    private static void AddCoordinated(TextContext context, List<NumberMention> numbers, DurationMention duration, int first, string subject, bool[] taken, List<ClaimDraft> drafts)
    {
        var upper = IndexStartingAt(numbers, duration.FirstToken);
        if (upper < 1 || !context.IsWordId(first - 1, And) || numbers[upper].Value is not > 0)
        {
            return;
        }

        var other = numbers[upper - 1];
        if (other.EndToken != first - 1 || taken[other.FirstToken] || other.Value is not > 0)
        {
            return;
        }

        var (qualifier, from) = QualifierReader.Read(context, other.FirstToken);
        var value = other.Value * (duration.Value!.Value / numbers[upper].Value);
        Take(new ClaimDraft(ClaimKind.Duration, from, other.EndToken, subject)
        {
            Quantity = QualifierReader.Bounds(value, duration.Unit, qualifier),
            Qualifier = qualifier,
            Group = "duration",
        }, taken, drafts);
    }

    private static void Take(ClaimDraft draft, bool[] taken, List<ClaimDraft> drafts)
    {
        drafts.Add(draft);
        for (var t = draft.FirstToken; t < draft.EndToken; t++)
        {
            taken[t] = true;
        }
    }

    /// <summary>
    /// "two to three years", "2-3 days", "between two and four weeks": the lower end, in the duration's unit, when the
    /// duration's number is the upper end of a range.
    /// </summary>
    private static (int FirstToken, double Value)? LowerOfRange(TextContext context, List<NumberMention> numbers, DurationMention duration)
    {
        var upper = IndexStartingAt(numbers, duration.FirstToken);
        if (upper < 1 || numbers[upper].Value is not > 0 || !RangeReader.TryRead(context, numbers, upper - 1, out var end) || end.FirstToken != duration.FirstToken)
        {
            return null;
        }

        var lower = numbers[upper - 1];
        return (lower.FirstToken, lower.Value * (duration.Value!.Value / numbers[upper].Value));
    }

    private static int IndexStartingAt(List<NumberMention> numbers, int firstToken)
    {
        var (low, high) = (0, numbers.Count - 1);
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var at = numbers[middle].FirstToken;
            if (at == firstToken)
            {
                return middle;
            }

            (low, high) = at < firstToken ? (middle + 1, high) : (low, middle - 1);
        }

        return -1;
    }

    /// <summary>"meeting-duration" becomes "meeting-gap": the time since the previous one, a fact of its own.</summary>
    private static string Gap(string subject) =>
        (subject.EndsWith("-duration", StringComparison.Ordinal) ? subject[..^"-duration".Length] : subject) + "-gap";

    /// <summary>"a 10-year high", "a four-month low": the span a level is the extreme of, not something that lasted.</summary>
    private static bool IsExtremeSpan(TextContext context, int after) =>
        context.Is(after, "high") || context.Is(after, "low") || context.Is(after, "highs") || context.Is(after, "lows") || context.Is(after, "peak");

    /// <summary>"a 45-year-old man", "five years old": an age, a type the contract has no kind for, not a duration.</summary>
    private static bool IsAge(TextContext context, int after) =>
        IsOld(context, after) || (context.IsChar(after, '-') && IsOld(context, after + 1));

    /// <summary>"old", and "old's" in "the 28-year-old's goal".</summary>
    private static bool IsOld(TextContext context, int index) =>
        context.IsWord(index) && context.Span(index).StartsWith("old", StringComparison.OrdinalIgnoreCase) && context.Span(index).Length <= 5;

    /// <summary>"Over two days, 697 were freed": a sentence opening with "over" says when, as "during" does.</summary>
    private static bool OpensSentence(TextContext context, int over) =>
        context.SentenceTokens(context.SentenceOfToken(over)).First == over;

    /// <summary>"in over three years", "for over two hours", "lasted over": here "over" is "more than".</summary>
    private static bool IsLengthOver(TextContext context, int before) =>
        before < 0 || context.Is(before, "in") || context.Is(before, "for") || context.Is(before, "after") || context.Is(before, "within")
        || context.Is(before, "lasted") || context.Is(before, "lasting") || context.Is(before, "took") || context.Is(before, "of") || !context.IsWord(before);

    private static bool FirstBefore(TextContext context, int inToken)
    {
        for (var i = inToken - 1; i >= Math.Max(0, inToken - 5); i--)
        {
            if (context.Is(i, "first") || context.IsAnyChar(i, ",.;"))
            {
                return context.Is(i, "first");
            }
        }

        return false;
    }

    /// <summary>
    /// What lasted: the noun after a hyphenated duration or "of"; after a verb of lasting ("the talks lasted two hours
    /// and produced no ceasefire"), that verb's subject; else the nearest event noun in the clause.
    /// </summary>
    private static string Subject(TextContext context, DurationMention duration, int first)
    {
        if (context.IsAny(first - 1, LastingVerbs) && SubjectBefore(context, first - 1) is { } lasted)
        {
            return lasted;
        }

        var after = context.Is(duration.EndToken, "of") ? duration.EndToken + 1 : duration.EndToken;
        // "held for more than two years. Talks resumed": the next sentence's talks are not what lasted.
        for (var i = after; i < Math.Min(context.Tokens.Length, after + 3) && !context.SentenceBreakBetween(duration.FirstToken, i); i++)
        {
            if (Subjects.TryMatch(context, i, out var subject, out _))
            {
                return subject;
            }
        }

        // Before, then after, at each distance (an array of the two per distance was an allocation each).
        for (var distance = 1; distance <= SubjectWindow; distance++)
        {
            if (SubjectAt(context, duration, first - distance, out var subject) || SubjectAt(context, duration, duration.EndToken + distance - 1, out subject))
            {
                return subject;
            }
        }

        return "duration";
    }

    private static readonly WordSet LastingVerbs = new("lasted", "lasting", "lasts", "took", "spanned", "spent");

    /// <summary>The nearest event noun before the verb in its sentence.</summary>
    private static string? SubjectBefore(TextContext context, int verb)
    {
        var sentenceFirst = context.SentenceTokens(context.SentenceOfToken(verb)).First;
        for (var i = verb - 1; i >= Math.Max(sentenceFirst, verb - SubjectWindow); i--)
        {
            if (Subjects.TryMatch(context, i, out var subject, out _))
            {
                return subject;
            }
        }

        return null;
    }

    private static bool SubjectAt(TextContext context, DurationMention duration, int i, out string subject)
    {
        subject = string.Empty;
        return i >= 0 && i < context.Tokens.Length && !context.SentenceBreakBetween(Math.Min(i, duration.FirstToken), Math.Max(i, duration.FirstToken))
            && Subjects.TryMatch(context, i, out subject, out _);
    }
}
