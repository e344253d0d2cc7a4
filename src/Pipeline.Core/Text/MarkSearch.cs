using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Pipeline.Core.Text;

/// <summary>
/// The first token with one of some marks, eight tokens to a vector compare: readers loop from marked token to marked
/// token, and most tokens carry none of the marks a reader starts at.
/// </summary>
internal static class MarkSearch
{
    /// <summary>The index in <paramref name="marks"/> of the first with one of <paramref name="wanted"/>, or -1.</summary>
    public static int First(ReadOnlySpan<LexiconMarks> marks, LexiconMarks wanted)
    {
        var values = MemoryMarshal.Cast<LexiconMarks, int>(marks);
        var mask = (int)wanted;
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var masks = Vector256.Create(mask);
            for (; i <= values.Length - Vector256<int>.Count; i += Vector256<int>.Count)
            {
                var unmarked = Vector256.Equals(Vector256.Create(values.Slice(i, Vector256<int>.Count)) & masks, Vector256<int>.Zero);
                var hits = ~unmarked.ExtractMostSignificantBits() & 0xFFu;
                if (hits != 0)
                {
                    return i + BitOperations.TrailingZeroCount(hits);
                }
            }
        }

        for (; i < values.Length; i++)
        {
            if ((values[i] & mask) != 0)
            {
                return i;
            }
        }

        return -1;
    }
}
