using Pipeline.Core.Text;

namespace Pipeline.Core.Tests.Text;

public class SentencesTests
{
    [Theory]
    [InlineData("Russia freed 390 soldiers on Friday. 307 more came home on Saturday.", "Russia freed 390 soldiers on Friday.|307 more came home on Saturday.")]
    [InlineData("The swap ended in 2024. 500 were freed.", "The swap ended in 2024.|500 were freed.")]
    [InlineData("See No. 5 on the list.", "See No. 5 on the list.")]
    [InlineData("The figure is on p. 12 of the report.", "The figure is on p. 12 of the report.")]
    [InlineData("U.S. President Trump spoke. Mr. Smith did not.", "U.S. President Trump spoke.|Mr. Smith did not.")]
    [InlineData("Talks ended.\nA deal followed.", "Talks ended.|A deal followed.")]
    public void Split_AtFullStopsAndLineBreaks_GivesTheSentences(string text, string expected)
    {
        var sentences = Sentences.Split(text).Select(range => text[range]);

        Assert.Equal(expected, string.Join('|', sentences));
    }
}
