using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Attribution;

/// <summary>Which of its sentence's speakers (<see cref="AttributionReader.Read"/>) a claim is attributed to.</summary>
internal static class ClaimSpeaker
{
    private static readonly WordSet ContrastingConjunctions = new("but", "while", "whereas", "although", "though");

    /// <summary>
    /// The source of the claim at <paramref name="claimFirst"/>: the nearest speaker before it, else the first after it
    /// that trails what it reports ("390 were freed, officials said"); "Russia and Ukraine released 390 and announced
    /// that more would follow" gives 390 to no one.
    /// </summary>
    // A span, not a list: the speakers of every claim's sentence were read through interface calls.
    public static string? For(TextContext context, ReadOnlySpan<Speaker> speakers, int claimFirst, int claimEnd)
    {
        var before = -1;
        for (var s = 0; s < speakers.Length; s++)
        {
            var speaker = speakers[s];
            if (speaker.Token >= claimFirst)
            {
                // "Russia yesterday claimed ...": a claim between a subject and its verb is that subject's. "The mayor
                // said schools would reopen, but 12 people were killed, police said": a new clause after the earlier
                // speaker is the trailing one's.
                var trailing = FirstTrailing(speakers, s);
                if (before >= 0)
                {
                    return trailing >= 0 && ClauseTurnsBetween(context, speakers[before].Token, claimFirst) ? speakers[trailing].Name : speakers[before].Name;
                }

                return speaker.Token == claimEnd ? speaker.Name : trailing >= 0 ? speakers[trailing].Name : null;
            }

            before = s;
        }

        return before >= 0 ? speakers[before].Name : null;
    }

    private static int FirstTrailing(ReadOnlySpan<Speaker> speakers, int from)
    {
        for (var s = from; s < speakers.Length; s++)
        {
            if (speakers[s].Trails)
            {
                return s;
            }
        }

        return -1;
    }

    /// <summary>Whether a comma and a contrasting conjunction (", but", ", while") stand between the two tokens.</summary>
    private static bool ClauseTurnsBetween(TextContext context, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            if (context.IsAny(i, ContrastingConjunctions) && context.IsAnyChar(i - 1, ",;"))
            {
                return true;
            }
        }

        return false;
    }
}
