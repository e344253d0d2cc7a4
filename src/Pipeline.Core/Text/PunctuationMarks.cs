using System.Globalization;
using System.Runtime.CompilerServices;

namespace Pipeline.Core.Text;

/// <summary>The marks of a one-character punctuation token: clause punctuation, and where a figure may start.</summary>
internal static class PunctuationMarks
{
    private static readonly LexiconMarks[] Ascii = BuildAscii();

    public static LexiconMarks Of(char c) => c < Ascii.Length ? Ascii[c] : OfOther(c);

    // Out of line: non-ASCII marks are rare, and the text step's loop keeps its registers.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static LexiconMarks OfOther(char c) =>
        c is '—' or '–' ? LexiconMarks.ClausePunctuation
        : char.GetUnicodeCategory(c) == UnicodeCategory.OtherNumber ? LexiconMarks.NumberPunctuation
        : LexiconMarks.None;

    private static LexiconMarks[] BuildAscii()
    {
        var marks = new LexiconMarks[128];
        foreach (var c in ",;:")
        {
            marks[c] = LexiconMarks.ClausePunctuation;
        }

        marks['.'] = LexiconMarks.NumberPunctuation;
        return marks;
    }
}
