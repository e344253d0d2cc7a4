using Pipeline.Core.Reliability.Evaluation;

namespace Pipeline.Core.Tests.Reliability;

public class AuthorNamesTests
{
    [Theory]
    [InlineData("Thomas St&uuml;tzle", "thomas stutzle")]
    [InlineData("Hoos, Holger; St&uuml;tzle, Thomas", "holger hoos; thomas stutzle")]
    [InlineData("R&D &amp Sons", "amp sons; d; r")]
    [InlineData("Knuth, Donald E.", "donald knuth")]
    [InlineData("Jane Doe & John Roe", "jane doe; john roe")]
    public void Parse_PrintedList_NormalisedNames(string printed, string expected)
    {
        Assert.Equal(expected, string.Join("; ", AuthorNames.Parse(printed)));
    }
}
