using Pipeline.Core.Claims;

namespace Pipeline.Core.Tests.Claims.Phenomena;

/// <summary>Phenomena of company results and disaster reports, in sentences of our own.</summary>
public class MarketAndDisasterTextTests
{
    [Theory]
    [InlineData("The blaze is the third major fire in the county this year.", "third major fire", 3.0, "fire-rank")]
    [InlineData("It is the fifth plant closure since 2023.", "fifth plant closure", 5.0, "closure-rank")]
    [InlineData("Prices rose for the sixth month in a row.", "sixth month", 6.0, "month-rank")]
    [InlineData("It was the second flood this week.", "second flood this week", 2.0, "flood-rank")]
    [InlineData("The bank cut rates for the third straight meeting.", "third straight", 3.0, "occurrence-rank")]
    [InlineData("The walkout is the third in the past year.", "third", 3.0, "occurrence-rank")]
    [InlineData("The strike was the fifth this year.", "fifth this year", 5.0, "occurrence-rank")]
    public void Extract_OrdinalBeforeAnyNounWithItsPeriod_IsARank(string text, string span, double rank, string measure)
    {
        var claim = Extracted.From(text).Single(c => c.Kind == ClaimKind.Ordinal);

        Assert.Equal((span, rank, measure), (claim.Text, claim.Quantity!.Number!.Value, claim.Measure));
    }

    [Theory]
    [InlineData("Sales fell in the fourth quarter this year.")]
    [InlineData("He lives on the third floor.")]
    [InlineData("The third fire hit the county this year.")]
    [InlineData("A fourth suspect was arrested this week.")]
    [InlineData("She finished fifth in the last race.")]
    public void Extract_OrdinalLabel_IsNoRank(string text)
    {
        Assert.DoesNotContain(Extracted.From(text), c => c.Kind == ClaimKind.Ordinal);
    }

    [Theory]
    [InlineData("Magnitude 6.8 earthquake kills at least 112 in mountain region")]
    [InlineData("A 7.8-magnitude quake struck the coast.")]
    [InlineData("The magnitude-5.2 aftershock hit at noon.")]
    [InlineData("A magnitude 6.1 tremor shook buildings.")]
    public void Extract_Magnitude_IsNoCount(string text)
    {
        Assert.DoesNotContain(Extracted.From(text), c => c.Kind is ClaimKind.Count or ClaimKind.Amount);
    }

    [Theory]
    [InlineData("Revenue was 71.3 billion euros, below the 72 billion analysts had expected.", 71_300_000_000.0)]
    [InlineData("Profit was $2.1 billion, above the $1.9 billion economists polled by Reuters forecast.", 2_100_000_000.0)]
    [InlineData("Inflation hit 3.4%, against the 3.1 economists expected.", 3.4)]
    public void Extract_ForecastFigure_CountsNoForecasters(string text, double first)
    {
        var claims = Extracted.From(text);

        Assert.DoesNotContain(claims, c => c.Measure is "analysts" or "economists");
        Assert.Equal(first, claims[0].Quantity!.Number!.Value);
    }

    [Fact]
    public void Extract_ReportWithModifiers_CreditsItsAuthor()
    {
        var claim = Extracted.Single("About 2,500 houses were destroyed, according to preliminary estimates by the disaster management authority.", "2,500 houses");

        Assert.Equal("disaster management authority", claim.Attribution);
    }

    [Theory]
    [InlineData("Operating profit fell 52% to 1.9 billion euros, hurt by weak demand.", "52%")]
    [InlineData("Operating profit fell 52% to 1.9 billion euros, hurt by weak demand.", "1.9 billion euros")]
    [InlineData("The storm killed tourism revenue of $40 million.", "$40 million")]
    public void Extract_MoneyAndShares_AreNoCasualties(string text, string span)
    {
        var claim = Extracted.Single(text, span);

        Assert.Null(claim.EventFrame);
    }

    [Fact]
    public void Extract_MoneyReleased_KeepsItsFrame()
    {
        Assert.Equal("released", Extracted.Single("The government released 15 million euros in emergency aid.", "15 million euros").EventFrame);
    }

    [Fact]
    public void Extract_ShareOfPeople_KeepsTheirFrame()
    {
        var claim = Extracted.Single("Roughly a quarter of all those freed had been held for more than a year.", "a quarter");

        Assert.Equal("released", claim.EventFrame);
    }

    [Fact]
    public void Extract_PlanStatedByModalAlone_DoesNotCarryToTheNextSentence()
    {
        var claims = Extracted.From("The cuts will fall mostly on office staff. The company employs roughly 120,000 people worldwide.");

        Assert.Null(claims.Single(c => c.Text == "roughly 120,000 people").EventFrame);
    }

    [Fact]
    public void Extract_AsMuchAs_IsAnUpperBound()
    {
        var claim = Extracted.Single("Shares fell as much as 4.2% in early trading.", "4.2%");

        Assert.Equal(("at_most", null, 4.2), (ContractNames.Of(claim.Qualifier), claim.Quantity!.Lower, claim.Quantity.Upper));
    }

    [Theory]
    [InlineData("They had been held for more than a year.", "more than a year", 1.0, "year", "more_than")]
    [InlineData("Talks stalled for nearly a decade.", "nearly a decade", 10.0, "year", "nearly")]
    [InlineData("The meeting lasted less than an hour.", "less than an hour", 1.0, "hour", "less_than")]
    public void Extract_BoundOnASingleUnit_IsADuration(string text, string span, double value, string unit, string qualifier)
    {
        var claim = Extracted.From(text).Single(c => c.Kind == ClaimKind.Duration);

        Assert.Equal((span, value, unit, qualifier), (claim.Text, claim.Quantity!.Number!.Value, claim.Quantity.Unit, ContractNames.Of(claim.Qualifier)));
    }

    [Theory]
    [InlineData("The war lasted a decade.")]
    [InlineData("Trains run once a week.")]
    public void Extract_SingleUnitWithoutBound_IsNoDuration(string text)
    {
        Assert.DoesNotContain(Extracted.From(text), c => c.Kind == ClaimKind.Duration);
    }

    [Fact]
    public void Extract_DurationSubject_StaysInItsSentence()
    {
        var claim = Extracted.From("Talks stalled for more than 10 years. The war lasted longer.").Single(c => c.Kind == ClaimKind.Duration);

        Assert.Equal("meeting-duration", claim.Measure);
    }

    [Theory]
    [InlineData("It was the country's worst rail accident in more than a decade.", "the country's worst rail accident in more than a decade")]
    [InlineData("It was the worst accident in a decade.", "the worst accident in a decade")]
    [InlineData("Halden is Europe's largest lender since the merger.", "Europe's largest lender since the merger")]
    public void Extract_SuperlativeAfterPossessiveOrOverASingleUnit_IsARank(string text, string span)
    {
        var claim = Extracted.From(text).Single(c => c.Kind == ClaimKind.Superlative);

        Assert.Equal((span, 1.0), (claim.Text, claim.Quantity!.Number!.Value));
    }

    [Fact]
    public void Extract_PossessiveSuperlativeWithoutScope_IsNoRank()
    {
        Assert.DoesNotContain(Extracted.From("He visited the country's largest city."), c => c.Kind == ClaimKind.Superlative);
    }

    [Theory]
    [InlineData("Nearly 500,000 children die of malaria each year.", "Nearly 500,000 children")]
    [InlineData("About 300 people cross the border each day.", "About 300 people")]
    public void Extract_EachPeriod_IsARateNotPerSide(string text, string span)
    {
        Assert.Null(Extracted.Single(text, span).Scope);
    }

    [Theory]
    [InlineData("The trial enrolled 4,800 children aged five months to three years.")]
    [InlineData("Volunteers aged 18 to 25 took part in the study.")]
    [InlineData("Infants aged between 6 months and 2 years were tested.")]
    public void Extract_AgedRange_IsNeitherDurationNorCount(string text)
    {
        var claims = Extracted.From(text);

        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.Duration);
        Assert.All(claims, c => Assert.True(c.Measure is "children", c.Text));
    }

    [Fact]
    public void Extract_DurationAfterAnAge_IsStillADuration()
    {
        var claim = Extracted.From("A man aged 40 was jailed for three years.").Single();

        Assert.Equal(("three years", ClaimKind.Duration), (claim.Text, claim.Kind));
    }

    [Theory]
    [InlineData("At least 41 people are feared to have drowned.", "At least 41 people", "killed")]
    [InlineData("Twelve people perished in the fire.", "Twelve people", "killed")]
    [InlineData("Five soldiers lost their lives in the attack.", "Five soldiers", "killed")]
    [InlineData("The blast killed two guards, wounding 14 people.", "14 people", "wounded")]
    public void Extract_DeathAndInjuryWords_FrameTheCount(string text, string span, string frame)
    {
        Assert.Equal(frame, Extracted.Single(text, span).EventFrame);
    }

    [Fact]
    public void Extract_ComparedWithAfterALongClause_CountsTheSameThing()
    {
        var claims = Extracted.From("More than 1,800 people have died trying to cross the sea so far this year, according to the IOM, compared with about 1,400 in the same period of 2022.");

        var other = claims.Single(c => c.Text == "about 1,400");
        Assert.Equal(("people", 1400.0), (other.Measure, other.Quantity!.Number!.Value));
    }

    [Fact]
    public void Extract_OneOfTheLargest_HasNoRankAndNoBounds()
    {
        var claim = Extracted.From("The swap is one of the largest since the war began.").Single(c => c.Kind == ClaimKind.Superlative);

        Assert.Equal(("one of the largest since the war began", null, null, null, "exact"), (claim.Text, claim.Quantity!.Number, claim.Quantity.Lower, claim.Quantity.Upper, ContractNames.Of(claim.Qualifier)));
    }

    [Fact]
    public void Extract_DatelineGluedToTheSentence_StillOpensASuperlative()
    {
        var claim = Extracted.From("Swap begins\n\nMoscowThe largest exchange since the war began has started.").Single(c => c.Kind == ClaimKind.Superlative);

        Assert.Equal(1.0, claim.Quantity!.Number);
    }

    [Theory]
    [InlineData("Police put the crowd at 25,000 on Sunday.", "25,000", 25_000.0)]
    [InlineData("A crowd estimated at 40,000 gathered outside parliament.", "40,000", 40_000.0)]
    [InlineData("A crowd of about 3,000 marched to the square.", "about 3,000", 3_000.0)]
    public void Extract_CrowdSize_CountsPeople(string text, string span, double value)
    {
        var claim = Extracted.Single(text, span);

        Assert.Equal((ClaimKind.Count, "people", value), (claim.Kind, claim.Measure, claim.Quantity!.Number!.Value));
    }

    [Fact]
    public void Extract_CueOfACoordinatedClause_LosesATieToTheClaimsOwn()
    {
        var claim = Extracted.Single("The ministry said 14 officers were hurt and 63 protesters were detained overnight.", "63 protesters");

        Assert.Equal("captured", claim.EventFrame);
    }

    [Theory]
    [InlineData("They took $3.2 million in kickbacks between 2016 and 2019 in exchange for road deals.", "between 2016 and 2019", "date")]
    [InlineData("The exchange took place on Friday.", "Friday", "swap")]
    public void Extract_InExchangeFor_NamesNoSwap(string text, string span, string measure)
    {
        Assert.Equal(measure, Extracted.Single(text, span).Measure);
    }

    [Theory]
    [InlineData("Several hundred properties had been flooded.", "Several hundred properties", 200.0, 999.0)]
    [InlineData("A few thousand people marched on Sunday.", "A few thousand people", 2_000.0, 9_999.0)]
    public void Extract_SeveralHundred_IsVagueLikeHundreds(string text, string span, double lower, double upper)
    {
        var claim = Extracted.Single(text, span);

        Assert.Equal((span, "vague", (double?)null, lower, upper), (claim.Text, ContractNames.Of(claim.Qualifier), claim.Quantity!.Number, claim.Quantity.Lower!.Value, claim.Quantity.Upper!.Value));
    }

    [Theory]
    [InlineData("The strike would cost it between 60 million and 80 million euros.", 60_000_000.0, 80_000_000.0)]
    [InlineData("Between 2 million and 3 million people fled.", 2_000_000.0, 3_000_000.0)]
    public void Extract_TwoScaledFiguresJoinedByAnd_AreARangeNotASum(string text, double lower, double upper)
    {
        var claim = Extracted.From(text).Single(c => c.Kind is ClaimKind.Count or ClaimKind.Amount);

        Assert.Equal(((double?)null, lower, upper), (claim.Quantity!.Number, claim.Quantity.Lower!.Value, claim.Quantity.Upper!.Value));
    }

    [Theory]
    [InlineData("About a hundred and fifty thousand people came.", 150_000.0)]
    [InlineData("It cost one million and five hundred thousand dollars.", 1_500_000.0)]
    public void Extract_ScaledNumberWithAnd_StaysOneNumber(string text, double value)
    {
        Assert.Equal(value, Extracted.From(text).Single().Quantity!.Number!.Value);
    }

    [Theory]
    [InlineData("The bill passed by a vote of 215 to 210.", 215.0, 210.0)]
    [InlineData("Lawmakers voted 62 to 38 in favour.", 62.0, 38.0)]
    public void Extract_VoteTally_CountsBothSides(string text, double yes, double no)
    {
        var votes = Extracted.From(text).Where(c => c.Measure == "votes").Select(c => c.Quantity!.Number!.Value);

        Assert.Equal([yes, no], votes);
    }

    [Theory]
    [InlineData("Section 230 protects online platforms.")]
    [InlineData("Resolution 2334 passed without a veto.")]
    public void Extract_LabelOpeningTheSentence_IsNoCount(string text)
    {
        Assert.Empty(Extracted.From(text));
    }

    [Theory]
    [InlineData("Home prices have doubled since 2015.", "doubled", 2.0, "prices", "exact")]
    [InlineData("Exports more than doubled last year.", "more than doubled", 2.0, "exports", "more_than")]
    [InlineData("The number of attacks has halved.", "halved", 0.5, "attacks", "exact")]
    [InlineData("Profit rose fourfold.", "fourfold", 4.0, "share", "exact")]
    public void Extract_FactorWord_IsAMultiple(string text, string span, double factor, string measure, string qualifier)
    {
        var claim = Extracted.From(text).Single(c => c.Kind == ClaimKind.Ratio);

        Assert.Equal((span, factor, "times", measure, qualifier), (claim.Text, claim.Quantity!.Number!.Value, claim.Quantity.Unit, claim.Measure, ContractNames.Of(claim.Qualifier)));
    }

    [Fact]
    public void Extract_DoubledDown_IsNoMultiple()
    {
        Assert.Empty(Extracted.From("The party doubled down on its demands."));
        Assert.Empty(Extracted.From("Members asked for the sum to be doubled."));
    }

    [Fact]
    public void Extract_FigureWithItsOwnMonthAfterIt_IsKeyedByThatMonth()
    {
        var claims = Extracted.From("Unemployment fell to 3.9% in May from 4.1% in April.", "2024-06-10");

        Assert.EndsWith("|2024-05", claims.Single(c => c.Text == "3.9%").FactKey, StringComparison.Ordinal);
        Assert.EndsWith("|2024-04", claims.Single(c => c.Text == "4.1%").FactKey, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_OtherSourcesFigure_SharesTheFactAndNamesItsSource()
    {
        var claims = Extracted.From("Police put the crowd at 25,000, while organisers said more than 100,000 had joined the march.");

        var (police, organisers) = (claims.Single(c => c.Text == "25,000"), claims.Single(c => c.Text == "more than 100,000"));
        Assert.Equal((police.FactKey, "people", "organisers"), (organisers.FactKey, organisers.Measure, organisers.Attribution));
    }

    [Fact]
    public void Extract_SourceAfterAConjunction_LeavesTheConjunctionOut()
    {
        Assert.Equal("rebels", Extracted.Single("Officials said 40 people died, but rebels said 120 people were killed.", "120 people").Attribution);
    }
}
