using Pipeline.Core.Claims;
using Pipeline.Core.Tests.Support;

namespace Pipeline.Core.Tests.Claims.Phenomena;

public class FactKeyTests
{
    [Fact]
    public void Extract_SameDayOnePerSideInTwoOutlets_SharesAKey()
    {
        var first = Extracted.Single("Armenia and Azerbaijan yesterday each released 75 prisoners.", "75 prisoners", "2025-03-15");
        var second = Extracted.Single("Officials said that 75 people from each side have been exchanged in Armenia and Azerbaijan.", "75 people", "2025-03-14");

        Assert.Equal(first.FactKey, second.FactKey);
    }

    [Fact]
    public void Extract_DifferentFactsInOneSentence_GetDifferentKeys()
    {
        var claims = Extracted.From("Each side freed 310 soldiers and 95 civilians, a total of 810 people under a deal to swap 1,000 prisoners each.");

        Assert.Equal(claims.Count(c => c.Kind == ClaimKind.Count), claims.Where(c => c.Kind == ClaimKind.Count).Select(c => c.FactKey).Distinct().Count());
    }

    [Theory]
    [InlineData("Floods have left 147 dead in the state.", "147 dead")]
    [InlineData("The death toll from the floods rose to 147.", "147")]
    [InlineData("The floods have killed 147 people in the state.", "147 people")]
    public void Extract_DeadDeathTollAndPeopleKilled_ShareAKey(string text, string span)
    {
        var claim = Extracted.Single(text, span, "2025-05-14");

        Assert.Equal("persons-killed|any|any|2025-05-14", claim.FactKey);
    }

    [Theory]
    [InlineData("Kyiv said 390 were freed, bringing to 4,757 the number of people freed since 2022.", "4,757")]
    [InlineData("Ukraine says 4,757 people have been freed since March 2022.", "4,757 people")]
    public void Extract_RunningTotalSinceAPeriodBegan_IsKeyedOnTheArticlesDay(string text, string span)
    {
        var claim = Extracted.Single(text, span, "2025-05-23");

        Assert.Equal(("people", "persons-cumulative-released|any|ukraine|2025-05-23"), (claim.Measure, claim.FactKey));
    }

    [Theory]
    [InlineData("A further 307 prisoners were freed on Saturday, bringing the total to 697.", "307 prisoners", "697")]
    [InlineData("So far, 697 prisoners have been freed. On Saturday 307 prisoners were freed.", "307 prisoners", "697 prisoners")]
    [InlineData("Kyiv freed 390 people on Friday. It has freed 4,757 people since 2022.", "390 people", "4,757 people")]
    [InlineData("The storm killed 12 people on Monday, and 40 people have died in all.", "12 people", "40 people")]
    public void Extract_RunningTotalBesideTheDaysCount_GetsAKeyOfItsOwn(string text, string day, string total)
    {
        var claims = Extracted.From(text, "2025-05-24");

        var (dayKey, totalKey) = (claims.Single(c => c.Text == day).FactKey, claims.Single(c => c.Text == total).FactKey);
        Assert.DoesNotContain("cumulative", dayKey, StringComparison.Ordinal);
        Assert.Equal(dayKey.Split('|')[0].Replace("-", "-cumulative-", StringComparison.Ordinal), totalKey.Split('|')[0]);
    }

    [Fact]
    public void Extract_MenReturned_AreThePeopleAnotherOutletCounts()
    {
        var men = Extracted.Single("Ukraine said the 303 men returned on Sunday were soldiers.", "303 men", "2025-05-25");
        var prisoners = Extracted.Single("Ukraine said 303 prisoners returned on Sunday.", "303 prisoners", "2025-05-25");

        Assert.Equal(prisoners.FactKey, men.FactKey);
    }

    [Theory]
    [InlineData("The strike killed 12 people, including three children.", "12 people", "persons-killed", "three children", "children-killed")]
    [InlineData("Russia launched 298 drones and 69 missiles overnight.", "298 drones", "drones-launched", "69 missiles", "missiles-launched")]
    [InlineData("The strike killed 12 people, among them two journalists.", "12 people", "persons-killed", "two journalists", "journalists-killed")]
    public void Extract_PartOfAGroupOrAnotherWeapon_IsAnotherFact(string text, string whole, string wholeKey, string part, string partKey)
    {
        var claims = Extracted.From(text, "2025-05-24");

        Assert.Equal(wholeKey, claims.Single(c => c.Text == whole).FactKey.Split('|')[0]);
        Assert.Equal(partKey, claims.Single(c => c.Text == part).FactKey.Split('|')[0]);
    }

    [Theory]
    [InlineData("Ukraine said 307 soldiers were freed. The number of homes damaged in the region climbed to 1,500.", "1,500", null)]
    [InlineData("Ukraine said 307 soldiers were freed. Lubinets confirmed the figure of 120 civilians.", "120 civilians", "released")]
    [InlineData("Russia launched 90 drones overnight. The army counted 40 tanks.", "40 tanks", null)]
    [InlineData("The leader said she would begin coalition talks. Her rival said his party had lost 14 seats.", "14 seats", null)]
    [InlineData("The delegations met in Istanbul. Some 40 people attended.", "Some 40 people", "met")]
    [InlineData("Russia launched a massive attack overnight. The air force counted 367 drones and missiles.", "367 drones and missiles", "launched")]
    public void Extract_FrameOfTheSentenceBefore_IsCarriedOnlyToWhatItCanHappenTo(string text, string span, string? frame)
    {
        Assert.Equal(frame, Extracted.Single(text, span, "2025-05-24").EventFrame);
    }

    [Theory]
    [InlineData("Russia handed over 6,000 bodies in June.", "6,000 bodies", "bodies-released|any|russia|2025-06")]
    [InlineData("Some 492 prisoners were swapped in April 2023.", "Some 492 prisoners", "persons-released|any|any|2023-04")]
    [InlineData("Some 300 homes were destroyed in 2023.", "Some 300 homes", "buildings|any|any|2023")]
    public void Extract_ClaimDatedByAMonthOrYear_IsKeyedByThatMonthOrYear(string text, string span, string key)
    {
        Assert.Equal(key, Extracted.Single(text, span, "2025-06-12").FactKey);
    }

    [Theory]
    [InlineData("The swap was to continue on Sunday. So far, 697 prisoners have been freed.", "2025-05-24")]
    [InlineData("The swap will continue on Sunday. A further 303 prisoners are to be freed.", "2025-05-25")]
    public void Extract_DayStillToCome_DatesOnlyAClaimThatHasNotHappened(string text, string day)
    {
        var claims = Extracted.From(text, "2025-05-24");

        Assert.Equal("2025-05-25", Extracted.Iso(claims.Single(c => c.Kind == ClaimKind.Date).Temporal!.Start));
        Assert.EndsWith(day, claims.Single(c => c.Kind == ClaimKind.Count).FactKey, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"We fear the toll will rise,\" she said, adding that about 2,300 residents had been moved to shelters.", "about 2,300 residents", "evacuated")]
    [InlineData("\"I lost 20 kilograms,\" said Andriy, a marine who was captured in Mariupol.", "20 kilograms", null)]
    [InlineData("\"We counted 300 homes,\" said the mayor, who was later detained.", "300 homes", null)]
    public void Extract_CueOnTheOtherSideOfAQuotationMark_IsNoFrameOfTheClaim(string text, string span, string? frame)
    {
        var claim = Extracted.From(text, "2025-06-03").Single(c => c.Kind != ClaimKind.Quote && c.Text == span);

        Assert.Equal(frame, claim.EventFrame);
    }

    [Theory]
    [InlineData("The floods are the deadliest since 2011, when 57 people died in similar storms.", "57 people", "2025-06-03", "persons-killed|any|any|2011")]
    [InlineData("The exchange will be completed on Sunday, when a further 303 prisoners each are due to be released.", "303 prisoners", "2025-05-23", "persons-released|per-side|any|2025-05-25")]
    public void Extract_ClauseOpenedByWhenAfterADate_IsAboutThatDate(string text, string span, string published, string key)
    {
        Assert.Equal(key, Extracted.Single(text, span, published).FactKey);
    }

    [Theory]
    [InlineData("Officials said 127 people were still missing and 600,000 had fled.", "127 people", "missing")]
    [InlineData("Officials said 127 people were still missing and 600,000 had fled.", "600,000", "displaced")]
    [InlineData("Dozens more are unaccounted for after the blast.", "Dozens more", "missing")]
    [InlineData("The blast left 30 injured and 12 dead.", "30 injured", "wounded")]
    [InlineData("The blast killed 12 people and wounded dozens more.", "12 people", "killed")]
    [InlineData("The central bank held rates at 4.25% on Thursday.", "4.25%", null)]
    [InlineData("About 4,500 Ukrainians are held in Russian prisons.", "About 4,500 Ukrainians", "held")]
    public void Extract_StateOfPeople_IsTheFrameOnlyWhereItIsSaidOfTheFigure(string text, string span, string? frame)
    {
        Assert.Equal(frame, Extracted.Single(text, span, "2025-05-14").EventFrame);
    }

    [Theory]
    [InlineData("KYIV, May 24 - Kyiv said 307 prisoners were freed by each side on Saturday in the swap agreed in Istanbul. Kyiv's envoy praised Russia.")]
    [InlineData("Moscow and Kyiv exchanged 307 prisoners each on Saturday, the Kremlin said, after talks in Istanbul and Istanbul's mayor welcomed Ukraine's envoys.")]
    [InlineData("Russia and Ukraine each released 307 prisoners on Saturday.")]
    [InlineData("Russia and Ukraine each released 307 prisoners on Saturday, Turkish mediators said.")]
    public void Extract_CapitalsStandForTheirStatesAndVenuesForNone_PartiesAreTheStates(string text)
    {
        var claim = Extracted.Single(text, "307 prisoners", "2025-05-24");

        Assert.Equal("persons-released|per-side|russia,ukraine|2025-05-24", claim.FactKey);
    }

    [Fact]
    public void Extract_NameOpeningWithANationality_IsAnEntityButCountsAsTheNationality()
    {
        var claim = Extracted.Single("The Russian Federation, Ukraine and Turkey each released 307 prisoners on Saturday.", "307 prisoners", "2025-05-24");

        Assert.Equal(["Russia", "Ukraine", "Turkey"], claim.Entities);
        Assert.Equal("turkey,ukraine", claim.FactKey.Split('|')[2]);
    }

    [Theory]
    [InlineData("Sudan's army freed 140 fighters on Friday, Khartoum said, in a swap brokered by Qatar.", "Sudan,Khartoum,Qatar")]
    [InlineData("Armenia and Azerbaijan each released 75 prisoners in Yerevan.", "Armenia,Azerbaijan,Yerevan")]
    public void Extract_OtherStates_AreEntitiesButNameNoParties(string text, string entities)
    {
        var claim = Extracted.From(text, "2025-08-08").First(c => c.Kind == ClaimKind.Count);

        Assert.Equal(entities, string.Join(',', claim.Entities));
        Assert.Equal("any", claim.FactKey.Split('|')[2]);
    }

    [Theory]
    [InlineData("Air defences shot down 266 drones overnight.", "266 drones", "intercepted")]
    [InlineData("The two sides began the swap, freeing 390 people each.", "390 people", "released")]
    [InlineData("Guards freed 40 prisoners on Monday.", "40 prisoners", "released")]
    [InlineData("Each side is to release 1,000 prisoners.", "1,000 prisoners", "agreed")]
    [InlineData("Rescue crews pulled 42 people from the river.", "42 people", "rescued")]
    [InlineData("Gunmen seized 251 people in the attack.", "251 people", "captured")]
    [InlineData("The deal envisages the release of 1,000 prisoners by each side.", "1,000 prisoners", "agreed")]
    [InlineData("Some 600,000 people have fled their homes.", "Some 600,000 people", "displaced")]
    [InlineData("About 4,500 Ukrainians remain in Russian custody.", "About 4,500 Ukrainians", "held")]
    [InlineData("Russia returns 307 servicemen from Ukrainian captivity.", "307 servicemen", "released")]
    [InlineData("Helicopters airlifted 290 people to a camp.", "290 people", "evacuated")]
    [InlineData("Doctors said 11 were taken to hospital after 14 people were treated for burns.", "14 people", "hospitalised")]
    public void Extract_VerbOfTheClaim_SetsTheEventFrame(string text, string span, string frame)
    {
        Assert.Equal(frame, Extracted.Single(text, span).EventFrame);
    }

    [Fact]
    public void Extract_PlannedExchangeOfAFigure_IsAPlanNotARelease()
    {
        var claim = Extracted.Single("The exchange of 1,000 people from each side would constitute the largest swap.", "1,000 people", "2025-05-23");

        Assert.Equal("persons-agreed|per-side|any|2025-W21", claim.FactKey);
    }

    [Fact]
    public void Extract_NewParagraph_DoesNotTakeTheDateOrFrameOfTheSentenceBefore()
    {
        var claims = Extracted.From("Kyiv freed 40 prisoners two weeks ago.\nMeanwhile, strikes hit 15 homes overnight.", "2025-05-24");

        Assert.Equal("buildings|any|ukraine|2025-W21", claims.Single(c => c.Text == "15 homes").FactKey);
    }

    [Theory]
    [InlineData("The exchange, agreed at talks in Istanbul on 16 May, has now returned 1,000 people to each country.", "1,000 people", "2025-05-25")]
    [InlineData("The swap, which began on Friday, freed 390 people each.", "390 people", "2025-05-23")]
    public void Extract_DayInAParticipleAside_DatesTheAsideNotTheSentence(string text, string span, string day)
    {
        Assert.EndsWith($"|{day}", Extracted.Single(text, span, "2025-05-25").FactKey, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_DaySetOffByACommaBeforeTheClaim_DatesItOverTheSentencesOpeningDay()
    {
        var claims = Extracted.From("On May 23, the two sides exchanged 390 people each, and on May 24, 307 servicemen each.", "2025-05-25");

        Assert.EndsWith("|2025-05-23", claims.Single(c => c.Text == "390 people").FactKey, StringComparison.Ordinal);
        Assert.EndsWith("|2025-05-24", claims.Single(c => c.Text == "307 servicemen").FactKey, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Since the invasion began on February 24, 2022, at least 12,000 civilians have been killed.", "at least 12,000 civilians")]
    [InlineData("The mayor said schools would reopen on Monday, but 12 people were killed overnight.", "12 people")]
    [InlineData("The deal was reached last Friday. On the first of the three days, 270 soldiers were released.", "270 soldiers")]
    [InlineData("Some 977 soldiers have been killed since the beginning of its full-scale invasion on Feb. 24, 2022.", "Some 977 soldiers")]
    [InlineData("The deal was reached last Friday. On the second day 307 soldiers were released.", "307 soldiers")]
    public void Extract_DayOfAPeriodOrAPlanEarlierInTheSentence_DoesNotDateTheClaim(string text, string span)
    {
        Assert.EndsWith("|2025-05-24", Extracted.Single(text, span, "2025-05-24").FactKey, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Some 977 soldiers have been killed since the beginning of its full-scale invasion on Feb. 24, 2022.", "Some 977 soldiers", "military-cumulative-killed")]
    [InlineData("Since the invasion began on February 24, 2022, at least 12,000 civilians have been killed.", "at least 12,000 civilians", "civilians-cumulative-killed")]
    [InlineData("Since then, 12 people were killed on May 20.", "12 people", "persons-killed")]
    [InlineData("A total of 390 prisoners were freed on Friday.", "390 prisoners", "persons-released")]
    [InlineData("So far, 697 prisoners have been freed.", "697 prisoners", "persons-cumulative-released")]
    [InlineData("Each side freed 390 prisoners - in the first stage of the biggest exchange since the war began.", "390 prisoners", "persons-released")]
    [InlineData("Over two days, 697 prisoners have been freed.", "697 prisoners", "persons-cumulative-released")]
    [InlineData("Some 2,500 prisoners have been freed since the start of the year.", "Some 2,500 prisoners", "persons-cumulative-released")]
    [InlineData("The war has killed at least 20,000 people, according to UN estimates.", "at least 20,000 people", "persons-cumulative-killed")]
    [InlineData("The outbreak has killed 40 people in the province.", "40 people", "persons-cumulative-killed")]
    [InlineData("Russia has freed 40 people, the war's first swap this year.", "40 people", "persons-released")]
    public void Extract_CountSinceAPeriodsStartOrSoFar_IsARunningTotal(string text, string span, string group)
    {
        Assert.Equal(group, Extracted.Single(text, span, "2025-05-24").FactKey.Split('|')[0]);
    }

    [Theory]
    [InlineData("Russia has attacked Kharkiv daily since March, and on May 20 a strike killed 12 people.", "12 people", "2025-05-20")]
    [InlineData("Russia fired 40 missiles on Friday. In the second city of Kharkiv, 12 people were killed.", "12 people", "2025-05-23")]
    [InlineData("The prisoners, released on Friday, included 120 civilians.", "120 civilians", "2025-05-23")]
    public void Extract_DayNotAPeriodsStartOrAnAside_StillDatesTheClaim(string text, string span, string day)
    {
        Assert.EndsWith($"|{day}", Extracted.Single(text, span, "2025-05-24").FactKey, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_SameParagraph_TakesTheDayOfTheSentenceBefore()
    {
        var claims = Extracted.From("Kyiv freed 40 prisoners on Friday. The ministry confirmed 40 soldiers were among them.", "2025-05-24");

        Assert.EndsWith("|2025-05-23", claims.Single(c => c.Text == "40 soldiers").FactKey, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_Seeds_Day1PerSideKeyHoldsThe390sOf003And004()
    {
        var key003 = Claim("003", "390 prisoners").FactKey;
        var key004 = Claim("004", "390 people").FactKey;

        Assert.Equal(key003, key004);
        Assert.NotEqual(key003, Claim("004", "1,000-for-1,000").FactKey);
        Assert.NotEqual(Claim("003", "270 soldiers").FactKey, Claim("003", "120 civilians").FactKey);
    }

    [Fact]
    public void Extract_Seeds_MeetingDurationsShareAKey()
    {
        Assert.Equal(Claim("003", "two hours").FactKey, Claim("004", "90-minute").FactKey);
    }

    private static Claim Claim(string prefix, string span) =>
        ClaimExtractor.Extract(SeedArticles.ByFilePrefix(prefix)).First(c => c.Text == span);
}
