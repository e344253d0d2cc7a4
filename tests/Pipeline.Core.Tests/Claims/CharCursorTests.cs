using System.Buffers;
using Pipeline.Core.Claims.Attribution;

namespace Pipeline.Core.Tests.Claims;

/// <summary>The cursor answers every stretch as a search of that stretch alone would, in text order or not.</summary>
public class CharCursorTests
{
    private static readonly SearchValues<char> Marks = SearchValues.Create(":—");

    [Fact]
    public void AnyIn_OfEveryStretch_IsTheStretchsOwnSearch()
    {
        const string text = "Key: one. Two — three. Four five. Six:seven — eight";
        var inOrder = new CharCursor(text, Marks);
        for (var start = 0; start < text.Length; start++)
        {
            for (var end = start; end <= text.Length; end++)
            {
                var expected = text.AsSpan(start, end - start).IndexOfAny(Marks) >= 0;
                Assert.Equal(expected, new CharCursor(text, Marks).AnyIn(start, end));
                Assert.Equal(expected, inOrder.AnyIn(start, end));
            }
        }
    }

    [Fact]
    public void AnyIn_AskedBackwards_SearchesAgain()
    {
        const string text = "a: b c d";
        var cursor = new CharCursor(text, Marks);
        Assert.False(cursor.AnyIn(3, 8));
        Assert.True(cursor.AnyIn(0, 3));
        Assert.False(cursor.AnyIn(5, 8));
    }

    [Fact]
    public void AnyIn_OfATextWithoutMarks_IsFalse()
    {
        var cursor = new CharCursor("no marks at all", Marks);
        Assert.False(cursor.AnyIn(0, 15));
        Assert.False(cursor.AnyIn(4, 15));
    }
}
