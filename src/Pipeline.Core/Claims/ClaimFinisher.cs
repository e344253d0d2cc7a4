using System.Runtime.InteropServices;
using Pipeline.Core.Claims.Attribution;
using Pipeline.Core.Claims.Dates;
using Pipeline.Core.Claims.Facts;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims;

/// <summary>Turns drafts into claims: exact span and sentence, attribution, hedging, entities, event frame and fact key.</summary>
internal sealed class ClaimFinisher(TextContext context, ExtractionInput input, List<DateMention> dates, List<ClaimDraft> drafts, ArticleEntities entities)
{
    // The article's entities, looked up once, serve both its parties and each claim's entities.
    public ClaimFinisher(TextContext context, ExtractionInput input, List<DateMention> dates, List<ClaimDraft> drafts)
        : this(context, input, dates, drafts, new ArticleEntities(context))
    {
    }

    // All of the article's ids at once, so their hashes share vector lanes; indexed like the drafts.
    private readonly string[] ids = ClaimIds.For(input.Id, IdKeys(context, drafts));

    private readonly EventDates eventDates = new(context, dates, input.Reference);

    // Most claims are keyed by the week of the article's date: its ISO week worked out once.
    private readonly FactPeriod referenceWeek = FactPeriod.Week(input.Reference);
    private readonly HedgeReader hedges = new(context);
    private readonly string parties = FactKeys.Who(entities.Parties);
    // Per sentence, filled on first use: claims share their sentence's speakers.
    // Lists, not read-only interfaces: each store into an array of an interface type was a type check.
    private readonly List<Speaker>?[] speakers = new List<Speaker>?[Math.Max(1, context.Sentences.Count)];
    private QuoteSpeakers? quoteSpeakers;
    private readonly HeadlineSources headlines = new(context);

    private int attributedSentences;
    private string? lastSpeaker;

    private List<string> Entities(int sentenceIndex, int first, int end) => entities.In(sentenceIndex, first, end);

    private static (int Start, int End) CharSpan(TextContext context, ClaimDraft draft) =>
        draft.CharSpan ?? (context.Tokens[draft.FirstToken].Start, context.Tokens[draft.EndToken - 1].End);

    private static (ClaimKind Kind, int Start, int End)[] IdKeys(TextContext context, List<ClaimDraft> drafts)
    {
        var keys = new (ClaimKind Kind, int Start, int End)[drafts.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            var (start, end) = CharSpan(context, drafts[i]);
            keys[i] = (drafts[i].Kind, start, end);
        }

        return keys;
    }

    /// <summary>The claim of the draft at <paramref name="index"/> in the drafts this finisher was made with.</summary>
    public Claim Finish(ClaimDraft draft, int index)
    {
        var (start, end) = CharSpan(context, draft);
        var sentenceIndex = draft.CharSpan is null ? context.SentenceOfToken(draft.FirstToken) : context.SentenceIndexOf(start);
        var (sentenceFirst, sentenceEnd) = context.SentenceTokens(sentenceIndex);
        var hedge = draft.Kind == ClaimKind.Quote ? null : hedges.Cue(sentenceIndex, (sentenceFirst, sentenceEnd), draft.FirstToken, draft.EndToken, draft.Quantity is not null);
        var site = draft.Kind == ClaimKind.Quote ? default : ClaimSite.Of(context, draft.FirstToken, draft.EndToken);
        var frame = draft.Frame ?? (draft.Quantity is null ? null : FrameReader.ImpliedBy(draft.Measure) ?? FrameReader.Read(context, site, draft.FirstToken, draft.EndToken, draft.Group ?? draft.Measure));

        // Dates and quotes state their own time; other claims take the date of their clause, or one nearby.
        var (clauseDate, eventDate, sincePeriodStart) = draft.Temporal is null && draft.Kind != ClaimKind.Quote
            ? eventDates.Near(site, draft.FirstToken, draft.EndToken)
            : default;
        var daily = IsDaily(draft, frame);
        var cumulative = daily && (sincePeriodStart || CumulativeCounts.Is(context, site, draft.FirstToken));
        return new Claim
        {
            Id = ids[index],
            Kind = draft.Kind,
            Text = context.Text[start..end],
            Start = start,
            End = end,
            Sentence = SentenceText(draft, sentenceIndex, end),
            Quantity = draft.Quantity,
            Temporal = draft.Temporal,
            Qualifier = draft.Qualifier,
            Measure = draft.Measure,
            Scope = draft.Scope,
            EventFrame = frame,
            Entities = Entities(sentenceIndex, sentenceFirst, sentenceEnd),
            Attribution = draft.Attribution ?? (draft.Kind == ClaimKind.Quote ? null : Quotes.Around(start, end))
                ?? ClaimSpeaker.For(context, Speakers(sentenceIndex), draft.FirstToken, draft.EndToken)
                ?? (draft.Kind == ClaimKind.Quote ? Quotes.Continued(index) : null),
            Hedged = hedge is not null,
            HedgeCue = hedge,
            FactKey = Key(draft, frame, cumulative, clauseDate, eventDate),
            RefersTo = StatedPeriods.For(context, clauseDate, draft, input.Reference),
            CurrentEvent = CurrentEvents.Of(context, draft, site),
        };
    }

    /// <summary>The claim's sentence; a quote running over several sentences gets all of them.</summary>
    private string SentenceText(ClaimDraft draft, int sentenceIndex, int end)
    {
        var last = LastSentence(draft, end);
        return last <= sentenceIndex || context.Sentences.Count == 0
            ? context.SentenceText(sentenceIndex)
            : context.Text[context.Sentences[sentenceIndex].Start..context.Sentences[last].End];
    }

    /// <summary>The sentence of the claim's last character: that of its last token, without a search, unless a sentence starts inside that token.</summary>
    private int LastSentence(ClaimDraft draft, int end)
    {
        if (draft.CharSpan is null && context.SentenceOfToken(draft.EndToken - 1) is var last
            && (last + 1 >= context.Sentences.Count || context.Sentences[last + 1].Start.Value > end - 1))
        {
            return last;
        }

        return context.SentenceIndexOf(Math.Max(0, end - 1));
    }

    private QuoteSpeakers Quotes => quoteSpeakers ??= new QuoteSpeakers(context, drafts, Speakers);

    /// <summary>
    /// A pronoun ("he said") refers back to the last speaker named before its sentence, so sentences are read in
    /// order, each once.
    /// </summary>
    private ReadOnlySpan<Speaker> Speakers(int sentenceIndex)
    {
        for (; attributedSentences <= sentenceIndex; attributedSentences++)
        {
            // Most sentences name no one, and their slot stays empty: a store into an array of lists is a type check.
            if (AttributionReader.Read(context, attributedSentences, lastSpeaker, headlines) is [.., var last] named)
            {
                speakers[attributedSentences] = named;
                lastSpeaker = last.Name;
            }
        }

        return CollectionsMarshal.AsSpan(speakers[sentenceIndex]);
    }

    /// <summary>
    /// "6,000 bodies handed over in June": a claim dated by a month or a year in its clause is keyed by that month or
    /// year, not by the day or week the period starts on.
    /// </summary>
    private static TemporalValue? WholePeriod(DateMention? clauseDate, DateOnly? eventDate) =>
        clauseDate is { Value: { Precision: DatePrecision.Month or DatePrecision.Year } value } && value.Start == eventDate ? value : null;

    /// <summary>Counts of what happens to people on a day (freed, killed, wounded, missing) are keyed by that day.</summary>
    private static bool IsDaily(ClaimDraft draft, string? frame) =>
        frame is "released" or "killed" or "wounded" or "missing" && draft.Kind is ClaimKind.Count or ClaimKind.Amount;

    private FactPeriod Week(DateOnly? date) => date == input.Reference ? referenceWeek : FactPeriod.Week(date);

    private string Key(ClaimDraft draft, string? frame, bool cumulative, DateMention? clauseDate, DateOnly? eventDate)
    {
        var group = draft.Group ?? draft.Measure;
        if (draft.Temporal is { } date && draft.Frame is not null)
        {
            return FactKeys.For(draft.Measure, null, draft.Frame, null, parties, FactPeriod.Event(date));
        }

        if (draft.Temporal is not null || draft.Kind == ClaimKind.Quote)
        {
            return FactKeys.For(draft.Measure, ContractNames.Of(draft.Kind), frame, null, parties, referenceWeek);
        }

        if (draft.Kind == ClaimKind.Duration)
        {
            return FactKeys.For(draft.Measure, null, null, null, parties, Week(eventDate));
        }

        var period = frame switch
        {
            "agreed" => referenceWeek,
            _ when WholePeriod(clauseDate, eventDate) is { } whole => FactPeriod.Event(whole),
            _ when IsDaily(draft, frame) => FactPeriod.Day(eventDate),
            _ => Week(eventDate),
        };
        return FactKeys.For(cumulative ? CumulativeCounts.Group(group) : group, null, frame, draft.Scope, parties, period);
    }
}
