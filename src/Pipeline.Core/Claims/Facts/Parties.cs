using Pipeline.Core.Claims.Attribution;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Facts;

/// <summary>
/// The parties an article is about: the two states it mentions most. They go into fact keys, so that "390 per side" in
/// a Russia-Ukraine swap never meets "390 per side" in another conflict's. A capital or seat of government counts for
/// its state ("Kyiv said", "the Kremlin"), and a venue or region for none: an article datelined Kyiv about talks in
/// Istanbul must share its keys with one that names only Russia and Ukraine. Nationality words count for their state.
/// Counted while the article's entities are read (<see cref="ArticleEntities"/>): one scan serves both.
/// </summary>
internal sealed class Parties
{
    public const int Count = 2;

    // "Russian servicemen", "freed Ukrainians": a report may name a state more often by its people than by its name.
    // A nationality counts half a name, so "Turkish mediators" does not outweigh a party named as often as Turkey is.
    private const int NameWeight = 2;
    private const int NationalityWeight = 1;

    private static readonly PhraseTable<string> Demonyms = PhraseTable<string>.Load("demonyms.txt", row => row[1], LexiconMarks.Demonym);

    // An article names a handful of states: a list searched in order costs less than a dictionary's table and hashes.
    private readonly List<KeyValuePair<string, int>> counts = [];

    /// <summary>Counts the nationality word at <paramref name="index"/> ("Russian servicemen"), if it is one.</summary>
    public bool CountNationality(TextContext context, int index)
    {
        if (!context.IsCapitalized(index) || !Demonyms.TryMatch(context, index, out var state, out _))
        {
            return false;
        }

        Add(state, NationalityWeight);
        return true;
    }

    /// <summary>Counts a name read as an entity, for the state it stands for, if any.</summary>
    public void CountName(Entity entity)
    {
        if (entity.Party is { } party)
        {
            Add(party, NameWeight);
        }
    }

    public List<string> MostMentioned() => MostMentioned(counts);

    private void Add(string state, int weight)
    {
        for (var i = 0; i < counts.Count; i++)
        {
            if (string.Equals(counts[i].Key, state, StringComparison.Ordinal))
            {
                counts[i] = new(state, counts[i].Value + weight);
                return;
            }
        }

        counts.Add(new(state, weight));
    }

    /// <summary>The <see cref="Count"/> places mentioned most, ties by name; one pass, as every article needs it.</summary>
    private static List<string> MostMentioned(List<KeyValuePair<string, int>> counts)
    {
        var top = new List<KeyValuePair<string, int>>(Count + 1);
        foreach (var pair in counts)
        {
            var at = RankOf(top, pair);
            if (at >= 0 || top.Count < Count)
            {
                top.Insert(at >= 0 ? at : top.Count, pair);
            }

            if (top.Count > Count)
            {
                top.RemoveAt(Count);
            }
        }

        return top.ConvertAll(pair => pair.Key);
    }

    /// <summary>Where the pair goes among the places so far, best first; -1 after all of them.</summary>
    private static int RankOf(List<KeyValuePair<string, int>> top, KeyValuePair<string, int> pair)
    {
        for (var i = 0; i < top.Count; i++)
        {
            if (Ranks(pair, top[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool Ranks(KeyValuePair<string, int> pair, KeyValuePair<string, int> other) =>
        pair.Value > other.Value || (pair.Value == other.Value && string.CompareOrdinal(pair.Key, other.Key) < 0);
}
