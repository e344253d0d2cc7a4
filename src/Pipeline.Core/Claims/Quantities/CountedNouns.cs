using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Quantities;

/// <summary>Whether a counted noun (from the measure lexicon) starts at a token: used to read "1.000 prisoners" as a thousand.</summary>
internal static class CountedNouns
{
    public static Func<int, bool> StartsAt(TextContext context) => index => MeasureLexicon.TryMatch(context, index, out _, out _);
}
