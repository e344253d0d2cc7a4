using Pipeline.Core.Claims.Attribution;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Facts;

/// <summary>
/// The parties an article is about: its two most mentioned places (GPE). They go into fact keys, so that "390 per side"
/// in a Russia-Ukraine swap never meets "390 per side" in another conflict's.
/// </summary>
internal static class Parties
{
    public const int Count = 2;

    public static IReadOnlyList<string> Of(TextContext context)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < context.Tokens.Length; i++)
        {
            if (context.Tokens[i].IsWord && EntityLexicon.TryMatch(context, i, out var entity, out var end))
            {
                if (entity.Type == "GPE")
                {
                    counts[entity.Canonical] = counts.GetValueOrDefault(entity.Canonical) + 1;
                }

                i = end - 1;
            }
        }

        return counts.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Take(Count).Select(pair => pair.Key).ToList();
    }
}
