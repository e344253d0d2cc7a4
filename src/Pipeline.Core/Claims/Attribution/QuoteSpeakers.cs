using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Attribution;

/// <summary>The speakers of one sentence, read once per article in sentence order (pronouns refer back).</summary>
internal delegate ReadOnlySpan<Speaker> SentenceSpeakers(int sentenceIndex);

/// <summary>
/// Who said each of an article's quotes: the speaker named for it, else that of the quote it goes on from; and so who
/// said a figure inside one.
/// </summary>
internal sealed class QuoteSpeakers(TextContext context, List<ClaimDraft> drafts, SentenceSpeakers speakersOf)
{
    // Few per article; a claim looks through them for the one it stands in.
    private readonly List<ClaimDraft> quotes = drafts.FindAll(draft => draft.Kind == ClaimKind.Quote);

    // Each quote's speaker, filled in text order.
    private readonly List<string?> speakers = [];

    // The draft index of each quote, in order; made only for an article with a quote no one is named for (most
    // articles have none, and they are many and short).
    private int[]? quoteDrafts;

    /// <summary>
    /// A figure inside a quote is the quote's speaker's: '"On May 24, 307 servicemen were returned. In return, 307 were
    /// handed over," the ministry said' gives both to the ministry.
    /// </summary>
    public string? Around(int start, int end)
    {
        var q = LastOpeningAtOrBefore(start);
        return q >= 0 && quotes[q].CharSpan is var (_, quoteEnd) && end <= quoteEnd ? Of(q) : null;
    }

    /// <summary>
    /// Quotes are found in text order and never overlap, so only the last to open at or before a claim can hold it: a
    /// binary search, where every claim went through all of its article's quotes.
    /// </summary>
    private int LastOpeningAtOrBefore(int offset)
    {
        int low = 0, high = quotes.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (quotes[mid].CharSpan is var (quoteStart, _) && quoteStart <= offset)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low - 1;
    }

    /// <summary>The speaker of the quote before the one at <paramref name="draftIndex"/>, when this one goes on from it (<see cref="Continues"/>).</summary>
    public string? Continued(int draftIndex)
    {
        var q = Array.BinarySearch(quoteDrafts ??= QuoteDrafts(), draftIndex);
        return q > 0 && Continues(quotes[q - 1], quotes[q]) ? Of(q - 1) : null;
    }

    private int[] QuoteDrafts()
    {
        var indexes = new List<int>(quotes.Count);
        for (var i = 0; i < drafts.Count; i++)
        {
            if (drafts[i].Kind == ClaimKind.Quote)
            {
                indexes.Add(i);
            }
        }

        return [.. indexes];
    }

    private string? Of(int q)
    {
        for (var next = speakers.Count; next <= q; next++)
        {
            var quote = quotes[next];
            speakers.Add(quote.Attribution ?? ClaimSpeaker.For(context, speakersOf(context.SentenceOfToken(quote.FirstToken)), quote.FirstToken, quote.EndToken)
                ?? (next > 0 && Continues(quotes[next - 1], quote) ? speakers[next - 1] : null));
        }

        return speakers[q];
    }

    /// <summary>
    /// '“We have brought home 84 of our people,” Zelensky wrote. “Most of them were held since 2022.”': a quote that is
    /// its whole sentence, right after the sentence of another quote in the same paragraph, is the same speaker's.
    /// </summary>
    private bool Continues(ClaimDraft previous, ClaimDraft quote)
    {
        var sentence = context.SentenceOfToken(quote.FirstToken);
        var closingMark = quote.EndToken;
        return sentence > 0 && context.SentenceOfToken(previous.EndToken) == sentence - 1 && !context.OpensParagraph(sentence)
            && quote.FirstToken - 1 == context.SentenceTokens(sentence).First
            && closingMark + 1 >= context.SentenceTokens(context.SentenceOfToken(closingMark)).End;
    }
}
