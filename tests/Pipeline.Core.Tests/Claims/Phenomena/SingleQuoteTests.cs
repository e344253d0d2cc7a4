using Pipeline.Core.Claims;

namespace Pipeline.Core.Tests.Claims.Phenomena;

public class SingleQuoteTests
{
    [Theory]
    [InlineData("Zelensky said: 'We will bring everyone home.'", "We will bring everyone home.", "Volodymyr Zelensky")]
    [InlineData("'It is a good start,' said Dmytro Lubinets.", "It is a good start,", "Dmytro Lubinets")]
    [InlineData("‘We are ready,’ the minister said on Monday.", "We are ready,", "minister")]
    public void Extract_SingleQuotedQuote_IsAQuoteWithItsSpeaker(string text, string quote, string speaker)
    {
        var claim = Extracted.From(text).Single(c => c.Kind == ClaimKind.Quote);

        Assert.Equal((quote, speaker), (claim.Text, claim.Attribution));
    }

    [Theory]
    [InlineData("The prisoners' families waited for hours at the border.")]
    [InlineData("Kyiv's mayor and the region's governor met in the '90s style hall.")]
    [InlineData("Rock 'n' roll was played.")]
    public void Extract_Apostrophes_AreNoQuotes(string text)
    {
        Assert.DoesNotContain(Extracted.From(text), c => c.Kind == ClaimKind.Quote);
    }

    [Fact]
    public void Extract_SingleQuotesInsideADoubleQuotedQuote_AreOneQuote()
    {
        var quotes = Extracted.From("The mayor said \"they called it 'historic' today\".").Where(c => c.Kind == ClaimKind.Quote);

        Assert.Equal(["they called it 'historic' today"], quotes.Select(c => c.Text));
    }

    [Fact]
    public void Extract_QuotesOfBothKinds_ComeInTextOrder()
    {
        var quotes = Extracted.From("'First one,' she said. \"Second one,\" he said. 'Third one,' they said.").Where(c => c.Kind == ClaimKind.Quote);

        Assert.Equal(["First one,", "Second one,", "Third one,"], quotes.Select(c => c.Text));
    }
}
