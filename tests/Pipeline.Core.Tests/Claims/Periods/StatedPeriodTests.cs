using Pipeline.Core.Claims.Dates;
using Pipeline.Core.Tests.Claims.Phenomena;

namespace Pipeline.Core.Tests.Claims.Periods;

/// <summary>The period a claim states (the contract's refersTo), published 2025-03-14.</summary>
public class StatedPeriodTests
{
    [Theory]
    [InlineData("The ferry strike was the sixth strike in 2022.", "sixth strike in 2022", "2022-01-01/2022-12-31")]
    [InlineData("It is the fourth strike this year.", "fourth strike this year", "2025-01-01/2025-12-31")]
    [InlineData("Rescuers pulled 40 miners out on Tuesday.", "40 miners", "2025-03-11")]
    [InlineData("Some 12,000 refugees have returned since June 2023.", "12,000 refugees", "2023-06-01/..")]
    [InlineData("A convoy brought 300 tonnes of grain in July 2024.", "300 tonnes", "2024-07-01/2024-07-31")]
    [InlineData("The council approved 85 new homes.", "85 new homes", null)]
    [InlineData("The rebels, who seized the port in 2019 and now hold 40 villages, refused.", "40 villages", null)]
    public void Extract_Claim_RecordsThePeriodItStates(string text, string span, string? refersTo)
    {
        var claim = Extracted.Single(text, span);

        Assert.Equal(refersTo, IsoPeriod.Of(claim.RefersTo));
    }

    [Theory]
    [InlineData("2025-05-23")]
    [InlineData("2023-01-01/2023-12-31")]
    [InlineData("2022-03-01/..")]
    public void IsoPeriod_ParseOfFormat_RoundTrips(string iso)
    {
        Assert.Equal(iso, IsoPeriod.Of(IsoPeriod.Parse(iso)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("2023")]
    [InlineData("2023-01-01/soon")]
    [InlineData("a/b/c")]
    public void IsoPeriod_Parse_RejectsWhatItDidNotWrite(string text)
    {
        Assert.Null(IsoPeriod.Parse(text));
    }
}
