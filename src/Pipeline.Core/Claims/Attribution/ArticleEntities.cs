using Pipeline.Core.Claims.Facts;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Attribution;

/// <summary>
/// The entities an article names (<see cref="EntityLexicon.TryMatch"/>), read from its start, the words of one not
/// read again for another: the article's parties and the entities of every claim's sentence were each a scan with the
/// same lookups. A match never runs on into the next sentence, so a sentence's entities are those of its tokens here.
/// </summary>
internal sealed class ArticleEntities
{
    private readonly List<(int Token, int End, Entity Entity)> matches = [];

    // Per sentence, filled on first use: claims share their sentence's entities.
    // Lists, not read-only interfaces: each store into an array of an interface type was a type check.
    private readonly List<string>?[] sentences;

    public ArticleEntities(TextContext context)
    {
        sentences = new List<string>?[Math.Max(1, context.Sentences.Count)];
        var parties = new Parties();
        var (partyAfter, listAfter) = (0, 0);
        var tokens = context.Tokens.Length;
        const LexiconMarks names = LexiconMarks.Entity | LexiconMarks.Demonym;

        // A token inside a name both took is read by neither: the search goes on after it ("Trump" of "Donald Trump",
        // one marked token in twelve).
        for (var i = context.NextMarked(0, tokens, names); i < tokens; i = context.NextMarked(Math.Max(i + 1, Math.Min(partyAfter, listAfter)), tokens, names))
        {
            // Both lexicons name only capitalised words, and a lower-case "new" or "russian" is one marked token in ten.
            if (!context.IsCapitalized(i))
            {
                continue;
            }

            // The parties take a nationality before a name ("Russian" of "Russian Federation" counts as a nationality),
            // and the entities a name; neither reads inside a name it took.
            var nationality = i >= partyAfter && context.Has(i, LexiconMarks.Demonym) && parties.CountNationality(context, i);
            if ((i < listAfter && (nationality || i < partyAfter)) || !EntityLexicon.TryMatch(context, i, out var entity, out var end))
            {
                continue;
            }

            if (i >= listAfter)
            {
                listAfter = end;
                matches.Add((i, end, entity));
            }

            if (i >= partyAfter && !nationality)
            {
                parties.CountName(entity);
                partyAfter = end;
            }
        }

        Parties = parties.MostMentioned();
    }

    /// <summary>The article's parties (<see cref="Facts.Parties"/>).</summary>
    public List<string> Parties { get; }

    /// <summary>
    /// Canonical names of the entities in the sentence's tokens [<paramref name="first"/>, <paramref name="end"/>), in
    /// order of first appearance.
    /// </summary>
    public List<string> In(int sentenceIndex, int first, int end) => sentences[sentenceIndex] ??= Names(first, end);

    private List<string> Names(int first, int end)
    {
        var names = new List<string>();
        for (var m = FirstFrom(first); m < matches.Count && matches[m].Token < end; m++)
        {
            if (!names.Contains(matches[m].Entity.Canonical))
            {
                names.Add(matches[m].Entity.Canonical);
            }
        }

        return names;
    }

    /// <summary>The index of the first match at or after <paramref name="token"/> (binary search).</summary>
    private int FirstFrom(int token)
    {
        int low = 0, high = matches.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (matches[mid].Token < token)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
