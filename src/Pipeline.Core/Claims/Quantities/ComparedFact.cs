namespace Pipeline.Core.Claims.Quantities;

/// <summary>
/// The other side of a comparison ("down from 6,200", "fell to 85 from 112") is another fact than the figure it is
/// compared with: its measure group gets a suffix, so the two never meet under one key and the article never
/// contradicts itself.
/// </summary>
internal static class ComparedFact
{
    public static string Group(string group) => group + "-compared";
}
