using System.Buffers;
using Pipeline.Core.Text;

namespace Pipeline.Core.Claims.Numbers;

/// <summary>
/// The answer of <see cref="TextContext.IsAnyChar"/> from a set of marks built once: IsAnyChar searches its string of
/// marks at every token it tests, and readers test one or two tokens around every number.
/// </summary>
internal static class TokenMarks
{
    public static bool At(TextContext context, int index, SearchValues<char> marks) =>
        index >= 0 && index < context.Tokens.Length && context.Tokens[index].IsPunctuation && marks.Contains(context.Text[context.Tokens[index].Start]);
}
