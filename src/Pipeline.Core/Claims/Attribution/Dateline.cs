using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Attribution;

/// <summary>A wire dateline opening a sentence: "KYIV, June 3 (Reuters) -", "GENEVA (AP) —", "LONDON —". It names a place, not a source.</summary>
internal static class Dateline
{
    private const int MaxTokens = 12;
    private const string Dashes = "-–—";

    /// <summary>The first token after the dateline that opens the sentence at <paramref name="first"/>, or <paramref name="first"/> when it has none.</summary>
    public static int SkipAt(TextContext context, int first, int end)
    {
        if (!IsUpperWord(context, first))
        {
            return first;
        }

        for (var i = first + 1; i < Math.Min(end, first + MaxTokens); i++)
        {
            if (context.IsAnyChar(i, Dashes) && (context.IsChar(i - 1, ')') || (i == first + 1 && IsUpperWord(context, first))))
            {
                return i + 1;
            }
        }

        return first;
    }

    private static bool IsUpperWord(TextContext context, int index)
    {
        if (!context.IsWord(index) || context.Span(index).Length < 2)
        {
            return false;
        }

        foreach (var c in context.Span(index))
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
