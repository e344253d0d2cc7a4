using Pipeline.Core.Claims.Quantities;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Attribution;

/// <summary>
/// "people familiar with the matter", "officials speaking on condition of anonymity": how a report describes sources it
/// does not name. Such a source is no attribution, and "two people familiar with the matter" counts no one.
/// </summary>
internal static class AnonymousSources
{
    private static readonly CuePhrases Descriptions = new([
        ["familiar", "with"], ["with", "knowledge", "of"], ["with", "direct", "knowledge"], ["briefed", "on"], ["close", "to", "the"],
        ["speaking", "on", "condition"], ["who", "spoke", "on", "condition"], ["who", "asked", "not", "to", "be", "named"],
        ["who", "declined", "to", "be", "named"], ["speaking", "anonymously"]]);

    /// <summary>Whether a description of unnamed sources starts at token <paramref name="index"/>, right after the noun it describes.</summary>
    public static bool DescribedAt(TextContext context, int index) => Descriptions.StartsAt(context, index);

    /// <summary>Whether tokens [<paramref name="first"/>, <paramref name="end"/>) hold such a description.</summary>
    public static bool DescribedIn(TextContext context, int first, int end) => Descriptions.AnyIn(context, first, end);
}
