using Pipeline.Core.Claims;

namespace Pipeline.Core.Tests.Claims.Phenomena;

public class QuantityTests
{
    [Theory]
    [InlineData("Rescuers evacuated 1,250 residents overnight.", "1,250 residents", 1250)]
    [InlineData("Rescuers evacuated 1.250 residents overnight.", "1.250 residents", 1250)]
    [InlineData("Rescuers evacuated 1 250 residents overnight.", "1 250 residents", 1250)]
    [InlineData("The fund lost 2.5 million dollars last quarter.", "2.5 million dollars", 2_500_000)]
    [InlineData("The council approved a $1.2bn budget.", "$1.2bn", 1_200_000_000)]
    [InlineData("Twenty-one journalists were detained.", "Twenty-one journalists", 21)]
    [InlineData("One thousand volunteers signed up.", "One thousand volunteers", 1000)]
    [InlineData("Police arrested two protesters near the station.", "two protesters", 2)]
    [InlineData("The ferry carried 480 passengers and 12 vehicles.", "12 vehicles", 12)]
    public void Extract_CountInDigitsOrWords_ReadsTheValue(string text, string span, double expected)
    {
        var claim = Extracted.Single(text, span);

        Assert.Equal(expected, claim.Quantity!.Number);
    }

    [Theory]
    [InlineData("The towns agreed a 500-for-500 exchange of detainees.", 500)]
    [InlineData("It was a 40-for-40 swap of hostages.", 40)]
    public void Extract_ForCompound_IsPerSideAndPositive(string text, double expected)
    {
        var claim = Extracted.From(text).Single(c => c.Kind == ClaimKind.Count);

        Assert.Equal(expected, claim.Quantity!.Number);
        Assert.Equal(ClaimScope.PerSide, claim.Scope);
    }

    [Theory]
    [InlineData("After two rounds of talks the delegations agreed a 500-for-500 swap.")]
    [InlineData("The talks ended. Both delegations backed only the 500-for-500 exchange.")]
    public void Extract_ForCompoundNearTalks_CountsPeopleNotEvents(string text)
    {
        var claim = Extracted.From(text).Single(c => c.Text.Contains("500-for-500", StringComparison.Ordinal));

        Assert.Equal(("prisoners", ClaimScope.PerSide), (claim.Measure, claim.Scope));
    }

    [Theory]
    [InlineData("Each side released 390 soldiers and civilians on Friday.", "390 soldiers and civilians", "people")]
    [InlineData("The raid freed 45 soldiers or police officers.", "45 soldiers or police officers", "people")]
    [InlineData("The raid freed 45 hostages or detainees.", "45 hostages or detainees", "prisoners")]
    [InlineData("The camp housed 200 refugees and migrants.", "200 refugees and migrants", "people")]
    [InlineData("Russia fired 367 drones and missiles overnight.", "367 drones and missiles", "munitions")]
    [InlineData("The deal freed 1,000 Ukrainian and Russian prisoners.", "1,000 Ukrainian and Russian prisoners", "prisoners")]
    public void Extract_OneFigureForTwoNounsOfPeopleOrWeapons_CoversBothAndCountsWhatTheyShare(string text, string span, string measure)
    {
        var claim = Extracted.From(text).Single(c => c.Kind == ClaimKind.Count);

        Assert.Equal((span, measure), (claim.Text, claim.Measure));
    }

    [Fact]
    public void Extract_NounAfterAVerb_IsNotWhatTheFigureCounts()
    {
        var claims = Extracted.From("Half of the 390 freed were wounded.");

        Assert.Equal(("Half", "injured"), (claims.Single(c => c.Kind == ClaimKind.Ratio).Text, claims.Single(c => c.Kind == ClaimKind.Ratio).Measure));
        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.Count && c.Measure == "injured");
    }

    [Theory]
    [InlineData("Millions were spent on the new stadium.")]
    [InlineData("A number of residents said arrivals rose to 300.")]
    public void Extract_VagueAmountOrNumberNotOfPeople_IsNoCount(string text)
    {
        Assert.DoesNotContain(Extracted.From(text), c => c.Kind == ClaimKind.Count);
    }

    [Fact]
    public void Extract_LengthAfterACount_BorrowsNoNounFromIt()
    {
        var claims = Extracted.From("Some 600 homes were damaged, and roughly 40 kilometres of road were washed away.");

        Assert.Equal("Some 600 homes", Assert.Single(claims).Text);
    }

    [Theory]
    [InlineData("The strike killed 12 soldiers and journalists.", "12 soldiers and journalists")]
    [InlineData("The raid freed 12 journalists and doctors.", "12 journalists and doctors")]
    public void Extract_OneFigureForTwoTradesOfPeople_CountsPeople(string text, string span)
    {
        Assert.Equal("people", Extracted.Single(text, span).Measure);
    }

    [Theory]
    [InlineData("The two releases brought the total freed to 697 per side.", "697 per side")]
    [InlineData("In all, the total came to 300 prisoners from each side.", "300 prisoners")]
    public void Extract_PerSideCueOnTheFigure_OutweighsATotalInTheClause(string text, string span)
    {
        var claim = Extracted.Single(text, span);

        Assert.Equal(ClaimScope.PerSide, claim.Scope);
    }

    [Theory]
    [InlineData("In total, it is estimated that once the swap ends both sides will have freed nearly 6,000 soldiers.", "nearly 6,000 soldiers")]
    [InlineData("Overall, officials said, 4,000 homes were damaged.", "4,000 homes")]
    public void Extract_SentenceOpeningWithATotal_GivesItsFiguresTheTotalScope(string text, string span)
    {
        Assert.Equal(ClaimScope.Total, Extracted.Single(text, span).Scope);
    }

    [Fact]
    public void Extract_DayEarlierInTheSentence_DatesALaterClause()
    {
        var claim = Extracted.Single("Most of those freed on Friday were soldiers, but 120 civilians were also freed.", "120 civilians", "2025-05-25");

        Assert.EndsWith("|2025-05-23", claim.FactKey, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_FiguresFollowingACount_ArePartsWithItsScope()
    {
        var claims = Extracted.From("On Friday, 390 people were freed by each side, followed by 307 on Saturday.", "2025-05-25");

        var second = claims.Single(c => c.Text == "307");
        var first = claims.Single(c => c.Text == "390 people");
        Assert.Equal((ClaimScope.PerSide, "persons-released|per-side|any|2025-05-24"), (second.Scope, second.FactKey));
        Assert.Equal("persons-released|per-side|any|2025-05-23", first.FactKey);
    }

    [Theory]
    [InlineData("The three-day swap saw 2,000 people returned, with 1,000 on each side.", "persons-released|per-side")]
    [InlineData("The camp took 2,000 people this year, compared with 1,000 last year.", "persons-compared")]
    [InlineData("The party won 2,000 votes, with 1,000 for its rival.", "votes-compared")]
    public void Extract_FigureAfterWith_IsAPartUnlessCompared(string text, string keyStart)
    {
        var claim = Extracted.Single(text, "1,000");

        Assert.StartsWith(keyStart, claim.FactKey, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The death toll from floods in the southern state of Rio Grande do Sul rose to 147 on Sunday.", "147", ClaimKind.Count, "deaths")]
    [InlineData("Floods leave at least 147 dead, 127 missing", "127 missing", ClaimKind.Count, "missing")]
    [InlineData("The president announced a 50.9 billion reais aid package.", "50.9 billion reais", ClaimKind.Amount, "brl")]
    [InlineData("The court fined him 20 million kroner.", "20 million kroner", ClaimKind.Amount, "kroner")]
    [InlineData("The health service plans to open 40 walk-in clinics.", "40 walk-in clinics", ClaimKind.Count, "clinics")]
    [InlineData("Waiting lists are up a fifth since 2023.", "a fifth", ClaimKind.Ratio, "share")]
    [InlineData("Turnout was down a third on last year.", "a third", ClaimKind.Ratio, "share")]
    public void Extract_DisasterAndMoneyFigures_ReadWhatTheyCount(string text, string span, ClaimKind kind, string measure)
    {
        var claim = Extracted.From(text).Single(c => c.Text == span);

        Assert.Equal((kind, measure), (claim.Kind, claim.Measure));
    }

    [Theory]
    [InlineData("The town says 307 of its service members came home.", "307 of its service members", 307.0, "military")]
    [InlineData("Guards freed 12 of the detainees on Monday.", "12 of the detainees", 12.0, "prisoners")]
    public void Extract_PartOfAGroup_CountsWhatTheGroupIs(string text, string span, double value, string measure)
    {
        var claim = Extracted.Single(text, span);

        Assert.Equal((span, value, measure), (claim.Text, claim.Quantity!.Number!.Value, claim.Measure));
    }

    [Theory]
    [InlineData("She was on one of the first flights out.")]
    [InlineData("One of the detainees was freed on Monday.")]
    public void Extract_OneOfAGroup_IsNoCount(string text)
    {
        Assert.DoesNotContain(Extracted.From(text), c => c.Kind == ClaimKind.Count);
    }

    [Theory]
    [InlineData("Air defences shot down 288 drones and a further 45 were jammed.", "45", 45.0, "drones")]
    [InlineData("The army destroyed 95 drones, including 12 over the capital.", "12", 12.0, "drones")]
    [InlineData("The storm killed 15 people and injured dozens more overnight.", "dozens more", null, "injured")]
    [InlineData("The party won 194 seats, down from 235 four years ago.", "235", 235.0, "seats")]
    [InlineData("A further 307 prisoners were released on Saturday, bringing the total to 697, officials said.", "697", 697.0, "prisoners")]
    [InlineData("More than 21.5 million people voted, including a record 600,000 abroad.", "600,000", 600000.0, "people")]
    [InlineData("The quake struck at dawn, killing at least 40 people and injuring about 300.", "about 300", 300.0, "people")]
    [InlineData("Russia said it downed 105 drones overnight, 35 of them over the capital.", "35", 35.0, "drones")]
    [InlineData("The ministry said 307 servicemen came home. It expects a further 303 to follow on Sunday.", "303", 303.0, "military")]
    [InlineData("Kyiv says Russia holds more than 8,000 prisoners. Some put the figure at over 10,000.", "over 10,000", 10000.0, "prisoners")]
    [InlineData("In all, 2000 people are due to be freed under the deal, 1000 by each country.", "1000 by each country", 1000.0, "people")]
    [InlineData("The ministry said 307 soldiers were freed. \"We have returned 303 more,\" the envoy said.", "303", 303.0, "military")]
    [InlineData("Ukraine said 307 soldiers came home on Saturday. That brings the total over two days to 697.", "697", 697.0, "military")]
    [InlineData("Another 303 prisoners were freed, bringing the total number released to 1,000.", "1,000", 1000.0, "prisoners")]
    [InlineData("Some 400 homes were damaged. The tally now stands at 2,000.", "2,000", 2000.0, "buildings")]
    [InlineData("Late on Saturday, 307 soldiers came home. The day before, talks had stalled. Early on Sunday, a further 303 were released.", "303", 303.0, "military")]
    [InlineData("The swap, which brings the total number of people freed by each side since Friday to 1,000, ended.", "1,000", 1000.0, "people")]
    public void Extract_FigureWithItsNounLeftOut_CountsWhatTheCountBeforeItCounts(string text, string span, double? value, string measure)
    {
        var claim = Extracted.From(text).Single(c => c.Text == span);

        Assert.Equal((value, measure), (claim.Quantity!.Number, claim.Measure));
    }

    [Fact]
    public void Extract_FurtherFigureAfterAParagraphBreak_LendsNoNoun()
    {
        var claims = Extracted.From("The ministry said 307 servicemen came home.\n\nIt expects a further 303 on Sunday.");

        Assert.DoesNotContain(claims, c => c.Text.Contains("303", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_FigureRestatedAfterOr_IsATotalOfTheSameKind()
    {
        var claims = Extracted.From("That brings the total to 1,000 prisoners per side - or 2,000 in all.");

        var total = claims.Single(c => c.Text == "2,000");
        Assert.Equal((2000.0, ClaimScope.Total, "prisoners"), (total.Quantity!.Number!.Value, total.Scope!.Value, total.Measure));
    }

    [Fact]
    public void Extract_AnonymousSourcesCount_IsNoClaim()
    {
        var claims = Extracted.From("The talks resume on Monday, two people familiar with the matter told reporters.");

        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.Count);
    }

    [Fact]
    public void Extract_PartsOfAWhole_GivesOneClaimPerPart()
    {
        var claims = Extracted.From("The convoy freed 310 soldiers and 95 civilians on Tuesday.").Where(c => c.Kind == ClaimKind.Count).ToList();

        Assert.Equal([310.0, 95.0], claims.Select(c => c.Quantity!.Number!.Value));
        Assert.Equal(["military", "civilians"], claims.Select(c => c.Measure));
    }

    [Theory]
    [InlineData("Nearly 700 patients were moved.", "nearly", null, 700.0)]
    [InlineData("More than 40 drones were launched.", "more_than", 40.0, null)]
    [InlineData("At least 12 people died.", "at_least", 12.0, null)]
    [InlineData("About 300 workers joined the strike.", "approx", null, null)]
    [InlineData("Up to 900 refugees crossed the border.", "at_most", null, 900.0)]
    [InlineData("Fewer than 20 villages still have power.", "less_than", null, 20.0)]
    public void Extract_Qualifier_SetsQualifierAndBounds(string text, string qualifier, double? lower, double? upper)
    {
        var claim = Extracted.From(text).Single(c => c.Kind == ClaimKind.Count);

        Assert.Equal(qualifier, ContractNames.Of(claim.Qualifier));
        Assert.Equal(lower, claim.Quantity!.Lower);
        Assert.Equal(upper, claim.Quantity.Upper);
    }

    [Theory]
    [InlineData("Dozens of students marched on Friday.", 24.0, 144.0)]
    [InlineData("Hundreds of workers lost their jobs.", 200.0, 999.0)]
    [InlineData("Tens of thousands of residents fled.", 20000.0, 99999.0)]
    [InlineData("Hundreds of thousands of people protested.", 200000.0, 999999.0)]
    [InlineData("Hundreds more prisoners were freed on Saturday.", 200.0, 999.0)]
    [InlineData("Dozens more civilians left the city.", 24.0, 144.0)]
    [InlineData("Dozens were wounded in the attack.", 24.0, 144.0)]
    [InlineData("Hundreds have fled the town.", 200.0, 999.0)]
    [InlineData("The floods left dozens missing.", 24.0, 144.0)]
    [InlineData("The blast left hundreds injured.", 200.0, 999.0)]
    public void Extract_VagueAmount_UsesTheGoldBounds(string text, double lower, double upper)
    {
        var claim = Extracted.From(text).Single(c => c.Kind == ClaimKind.Count);

        Assert.Equal(Qualifier.Vague, claim.Qualifier);
        Assert.Equal((lower, upper), (claim.Quantity!.Lower!.Value, claim.Quantity.Upper!.Value));
    }

    [Theory]
    [InlineData("Between 200 and 300 protesters gathered.", 200.0, 300.0)]
    [InlineData("Officials counted 200-300 protesters.", 200.0, 300.0)]
    public void Extract_Range_GivesBothBounds(string text, double lower, double upper)
    {
        var claim = Extracted.From(text).Single(c => c.Kind == ClaimKind.Count);

        Assert.Equal(Qualifier.Range, claim.Qualifier);
        Assert.Equal((lower, upper), (claim.Quantity!.Lower!.Value, claim.Quantity.Upper!.Value));
    }

    [Fact]
    public void Extract_AnaphoricCount_TakesTheEarlierValue()
    {
        var claims = Extracted.From("The north released 215 detainees, and the south released the same number.");

        var anaphor = claims.Single(c => c.Text.StartsWith("the same number", StringComparison.Ordinal));
        Assert.Equal(215, anaphor.Quantity!.Number);
    }

    [Theory]
    [InlineData("He said it was “the best night of my life” in a 4-inch column.")]
    [InlineData("The report was released recently by the ministry.")]
    [InlineData("It was the worst fighting since World War II ended.")]
    [InlineData("Delegates will meet for a second round of talks.")]
    [InlineData("The two sides met in Geneva.")]
    [InlineData("The youngest of those released was 20 years old.")]
    public void Extract_NumberLookalikes_GiveNoCount(string text)
    {
        var claims = Extracted.From(text).Where(c => c.Kind is ClaimKind.Count or ClaimKind.Amount or ClaimKind.Percentage).ToList();

        Assert.Empty(claims);
    }

    [Theory]
    [InlineData("Delegates will meet for a second round of talks.")]
    [InlineData("Delegates met again on the second day of talks.")]
    [InlineData("The first part of the deal is done.")]
    public void Extract_OrdinalLabels_GiveNoRank(string text)
    {
        Assert.DoesNotContain(Extracted.From(text), c => c.Kind == ClaimKind.Ordinal);
    }

    [Theory]
    [InlineData("Prices rose a third time.")]
    [InlineData("The team fell a second place behind.")]
    public void Extract_OrdinalAfterAChangeBeforeANoun_IsNoShare(string text)
    {
        Assert.DoesNotContain(Extracted.From(text), c => c.Kind == ClaimKind.Ratio);
    }
}
