using System.Buffers;

namespace Pipeline.Core.Claims.Attribution;

/// <summary>
/// Whether a stretch of the text holds one of some characters, for stretches asked about in text order: one vector
/// search per occurrence in the whole text, instead of a walk over each stretch's tokens.
/// </summary>
internal sealed class CharCursor(string text, SearchValues<char> chars)
{
    // The first occurrence at or after `from` (int.MaxValue when none is left): it answers every later stretch that
    // starts at or before it.
    private int from = int.MaxValue;
    private int next = -1;

    /// <summary>Whether text[<paramref name="start"/>..<paramref name="end"/>) holds one of the characters.</summary>
    public bool AnyIn(int start, int end)
    {
        if (start < from || next < start)
        {
            var found = text.AsSpan(start).IndexOfAny(chars);
            (from, next) = (start, found < 0 ? int.MaxValue : start + found);
        }

        return next < end;
    }
}
