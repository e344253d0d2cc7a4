using Pipeline.Core.Text;

namespace Pipeline.Core.Tests.Text;

/// <summary>The packed table for short ASCII words answers as the ignore-case vocabulary it stands in front of.</summary>
public class WordTableTests
{
    private static readonly (string Word, int Id)[] Words =
        [.. Enumerable.Range(0, Vocabulary.Count).Select(id => (Vocabulary.WordOf(id), id))];

    private static readonly ShortWordTable Table = new(Words);

    [Fact]
    public void EveryShortVocabularyWord_InAnyCase_HasItsId()
    {
        var shortWords = Words.Where(entry => entry.Word.Length <= ShortWordTable.MaxLength && entry.Word.All(char.IsAsciiLetter)).ToList();
        Assert.True(shortWords.Count > 1000, $"only {shortWords.Count} short words");
        foreach (var (word, id) in shortWords)
        {
            foreach (var form in new[] { word, word.ToUpperInvariant(), char.ToUpperInvariant(word[0]) + word[1..] })
            {
                Assert.True(Table.TryIdOf(form, out var found), form);
                Assert.Equal(id, found);
                Assert.Equal(id, Vocabulary.IdOf(form));
            }
        }
    }

    [Theory]
    [InlineData("zqxjv")]
    [InlineData("prisonerz")]
    [InlineData("qq")]
    public void ShortWordsOutsideTheVocabulary_HaveNone(string word)
    {
        Assert.True(Table.TryIdOf(word, out var id));
        Assert.Equal(Vocabulary.None, id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("today's")]
    [InlineData("Türkiye")]
    [InlineData("administration")]
    [InlineData("U.S")]
    [InlineData("a1")]
    public void OtherWords_AreLeftToTheGeneralLookup(string word)
    {
        Assert.False(Table.TryIdOf(word, out _));
    }

    [Fact]
    public void WordsLeftToTheGeneralLookup_StillGetTheirIds()
    {
        Assert.Equal(Vocabulary.IdOf("ADMINISTRATION"), Vocabulary.IdOf("administration"));
        Assert.NotEqual(Vocabulary.None, Vocabulary.IdOf("administration"));
        Assert.NotEqual(Vocabulary.None, Vocabulary.IdOf("today's"));
    }
}
