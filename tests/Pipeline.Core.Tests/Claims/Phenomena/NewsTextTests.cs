using Pipeline.Core.Claims;

namespace Pipeline.Core.Tests.Claims.Phenomena;

/// <summary>
/// Forms common in news on other topics than the seeds (markets, elections, sport, health, courts, tech), in invented
/// sentences. Expected values follow the gold conventions in seeds.gold.json meta.schema.
/// </summary>
public class NewsTextTests
{
    [Theory]
    [InlineData("Shipments of 5G phones grew sharply.")]
    [InlineData("Many Windows 11 users reported crashes on the new build.")]
    [InlineData("Leaders of the G20 countries met in Rio.")]
    [InlineData("Regulators grounded the 737 Max jets again.")]
    [InlineData("Airlines ordered 48 737 Max jets.")]
    [InlineData("Shops cut prices of the iPhone 16 models.")]
    [InlineData("The top 10 companies paid no tax.")]
    [InlineData("Police said the 2022 attacks were planned abroad.")]
    [InlineData("Lawyers cited Section 230 and Article 5 of the constitution.")]
    [InlineData("Readers can call 555-0142 for details.")]
    [InlineData("Rovers won 3-1 at home on Saturday.")]
    [InlineData("The court issued a 6-3 ruling in the case.")]
    [InlineData("The hearing starts at 10:30 a.m. on Monday.")]
    [InlineData("Kick-off is at 3pm at the stadium.")]
    [InlineData("The 6ft 4in defender wears No. 5 for the club.")]
    [InlineData("New COVID-19 variants were detected.")]
    [InlineData("Roads were blocked for 40 kilometres after the quake.")]
    [InlineData("The 9/11 attacks changed air travel.")]
    [InlineData("Its H200 and B100 chips are sold out.")]
    [InlineData("Rainfall reached 340 millimetres in Cox's Bazar.")]
    [InlineData("The Hawks beat the Celtics 121-115 and improved to 24-29.")]
    [InlineData("He went 2-for-5 at the plate.")]
    [InlineData("The retailer filed for Chapter 11 bankruptcy protection.")]
    [InlineData("Saudi Arabia's Vision 2030 plan was revised.")]
    [InlineData("The measure passed 218-214 in the House.")]
    [InlineData("Temperatures reached 40 degrees on Sunday.")]
    [InlineData("It was 104 degrees Fahrenheit in Phoenix.")]
    public void Extract_IdentifiersScoresAndLabels_GiveNoQuantity(string text)
    {
        var claims = Extracted.From(text).Where(c => c.Kind is ClaimKind.Count or ClaimKind.Amount or ClaimKind.Percentage or ClaimKind.Ratio).ToList();

        Assert.Empty(claims);
    }

    [Theory]
    [InlineData("Kyiv returned 307 soldiers and Moscow 307.", 2)]
    [InlineData("The north freed 120 detainees and Hamas 33 on Monday.", 2)]
    [InlineData("Russia Frees 390 Prisoners In Weekend Swap", 1)]
    public void Extract_FigureAfterAPartyName_IsStillACount(string text, int expected)
    {
        Assert.Equal(expected, Extracted.From(text).Count(c => c.Kind == ClaimKind.Count));
    }

    [Theory]
    [InlineData("A 45-year-old man was arrested at the scene.")]
    [InlineData("The five-year-old girl was rescued on Monday.")]
    [InlineData("The driver, who is 30 years old, was unhurt.")]
    [InlineData("The 28-year-old's strike won the match.")]
    [InlineData("Gold hit a 10-year high on Monday.")]
    [InlineData("The yen fell to a four-month low.")]
    public void Extract_AgeOrExtremeSpan_IsNotADuration(string text)
    {
        Assert.DoesNotContain(Extracted.From(text), c => c.Kind == ClaimKind.Duration);
    }

    [Fact]
    public void Extract_RateBase_IsNotACount()
    {
        var claims = Extracted.From("Infections reached 14.2 cases per 100,000 people.");

        Assert.Equal([14.2], claims.Where(c => c.Kind == ClaimKind.Count).Select(c => c.Quantity!.Number!.Value));
    }

    [Theory]
    [InlineData("He took bribes worth more than $2.3 million.", "more_than", 2_300_000.0, null)]
    [InlineData("The fine could reach up to €5m.", "at_most", null, 5_000_000.0)]
    [InlineData("The project cost nearly £2bn.", "nearly", null, 2_000_000_000.0)]
    [InlineData("Tickets sold for well over $300.", "more_than", 300.0, null)]
    [InlineData("Rooms cost as little as €40.", "at_least", 40.0, null)]
    public void Extract_QualifierBeforeCurrency_SetsBounds(string text, string qualifier, double? lower, double? upper)
    {
        var claim = Extracted.From(text).Single(c => c.Kind == ClaimKind.Amount);

        Assert.Equal(qualifier, ContractNames.Of(claim.Qualifier));
        Assert.Equal((lower, upper), (claim.Quantity!.Lower, claim.Quantity.Upper));
    }

    [Theory]
    [InlineData("Kestrel AG raised €40m in a bond sale.", "€40m", 40_000_000, "eur", "exact")]
    [InlineData("Halden Group agreed a £1.5bn takeover.", "£1.5bn", 1_500_000_000, "gbp", "exact")]
    [InlineData("Sanwa will invest ¥120 billion in a plant.", "¥120 billion", 120_000_000_000, "jpy", "exact")]
    [InlineData("The company earned USD 3 billion last year.", "USD 3 billion", 3_000_000_000, "usd", "exact")]
    [InlineData("The bank set aside Rs 500 crore for losses.", "Rs 500 crore", 5_000_000_000, "inr", "exact")]
    [InlineData("The deal is worth 5 million euros.", "5 million euros", 5_000_000, "eur", "exact")]
    [InlineData("Apple priced the phone from $799.", "$799", 799, "usd", "exact")]
    [InlineData("Shares fell 4.5% on Thursday.", "4.5%", 4.5, "percent", "exact")]
    [InlineData("Exports rose 7 per cent year-on-year.", "7 per cent", 7.0, "percent", "exact")]
    [InlineData("Unemployment rose 0.3 percentage points in September.", "0.3 percentage points", 0.3, "percent", "exact")]
    [InlineData("Growth picked up to 1.8% in the first quarter.", "1.8%", 1.8, "percent", "exact")]
    [InlineData("Inflation ticked up to 3.1% in May.", "3.1%", 3.1, "percent", "exact")]
    [InlineData("Almost 40% of the budget goes to defence.", "Almost 40%", 40.0, "percent", "nearly")]
    [InlineData("The bank cut its rate by a quarter of a percentage point.", "a quarter of a percentage point", 0.25, "percent", "exact")]
    [InlineData("Output rose above 5% in May.", "above 5%", 5.0, "percent", "more_than")]
    [InlineData("Shares fell 98 cents to close at a record.", "98 cents", 98, "cents", "exact")]
    public void Extract_MoneyOrPercentage_ReadsSpanValueUnitAndQualifier(string text, string span, double value, string unit, string qualifier)
    {
        var claim = Extracted.From(text).Single(c => c.Kind is ClaimKind.Amount or ClaimKind.Percentage);

        Assert.Equal((span, value, unit, qualifier), (claim.Text, claim.Quantity!.Number!.Value, claim.Quantity.Unit!, ContractNames.Of(claim.Qualifier)));
    }

    [Theory]
    [InlineData("Annual inflation slowed to 10.2% in April.", "inflation", "share-inflation")]
    [InlineData("The central bank kept its key rate at 21% on Friday.", "interest-rate", "share-interest-rate")]
    [InlineData("Washington imposed a 25% tariff on steel.", "tariff", "share-tariff")]
    [InlineData("Turnout was 68% in the capital.", "turnout", "share-turnout")]
    [InlineData("The deficit could reach 1.7% of GDP.", "deficit", "share-deficit")]
    [InlineData("The rouble gained 40% against the dollar.", "share", "share")]
    [InlineData("Roughly two-thirds of those on the buses were soldiers.", "military", "share-military")]
    [InlineData("About a third of those on board were civilians.", "civilians", "share-civilians")]
    public void Extract_ShareNearWhatItMeasures_IsKeyedByIt(string text, string measure, string group)
    {
        var claim = Extracted.From(text).Single(c => c.Kind is ClaimKind.Percentage or ClaimKind.Ratio);

        Assert.Equal((measure, group), (claim.Measure, claim.FactKey.Split('|')[0]));
    }

    [Theory]
    [InlineData("One in five voters backed a minor party.", "One in five", 0.2, "exact")]
    [InlineData("About 1 in 4 adults are obese.", "About 1 in 4", 0.25, "approx")]
    [InlineData("Nine out of 10 voters backed the plan.", "Nine out of 10", 0.9, "exact")]
    [InlineData("One-in-five adults smoke.", "One-in-five", 0.2, "exact")]
    [InlineData("One in every four homes lacks insulation.", "One in every four", 0.25, "exact")]
    [InlineData("The stock has lost a third of its value.", "a third", 1.0 / 3, "exact")]
    [InlineData("More than a quarter of households lack heating.", "More than a quarter", 0.25, "more_than")]
    [InlineData("Operating profit fell by a third.", "a third", 1.0 / 3, "exact")]
    public void Extract_ShareInWords_IsARatio(string text, string span, double value, string qualifier)
    {
        var claim = Extracted.From(text).Single(c => c.Kind == ClaimKind.Ratio);

        Assert.Equal((span, qualifier), (claim.Text, ContractNames.Of(claim.Qualifier)));
        Assert.Equal(value, claim.Quantity!.Number!.Value, 9);
    }

    [Theory]
    [InlineData("Two cuts are possible in the second half of 2025.")]
    [InlineData("Prices rose in the third quarter of 2024.")]
    [InlineData("Cases rose in the first half of the year.")]
    public void Extract_PartOfAPeriod_IsNotAShare(string text)
    {
        Assert.DoesNotContain(Extracted.From(text), c => c.Kind == ClaimKind.Ratio);
    }

    [Theory]
    [InlineData("The team was founded in the 1990s.", "the 1990s", "2025-03-14", "1990-01-01", "1999-12-31")]
    [InlineData("Profits rose between 2016 and 2020.", "between 2016 and 2020", "2025-03-14", "2016-01-01", "2020-12-31")]
    [InlineData("Output fell from 2019 to 2021.", "from 2019 to 2021", "2025-03-14", "2019-01-01", "2021-12-31")]
    [InlineData("Cases doubled in the first half of 2025.", "the first half of 2025", "2025-08-20", "2025-01-01", "2025-06-30")]
    [InlineData("Prices rose in the third quarter of 2024.", "the third quarter of 2024", "2025-03-14", "2024-07-01", "2024-09-30")]
    [InlineData("Q3 2024 revenue beat forecasts.", "Q3 2024", "2025-03-14", "2024-07-01", "2024-09-30")]
    [InlineData("The UK spent heavily on asylum in 2023-24.", "2023-24", "2025-03-14", "2023-01-01", "2024-12-31")]
    [InlineData("Sales fell in late 2023.", "late 2023", "2025-03-14", "2023-09-01", "2023-12-31")]
    [InlineData("The centre is due to open in spring 2027.", "spring 2027", "2025-03-14", "2027-03-01", "2027-05-31")]
    [InlineData("The heatwave in the summer of 2003 was deadly.", "the summer of 2003", "2025-03-14", "2003-06-01", "2003-08-31")]
    [InlineData("The summit is planned for mid-2026.", "mid-2026", "2025-03-14", "2026-05-01", "2026-08-31")]
    [InlineData("The summit runs from March 20 to 22.", "March 20 to 22", "2025-03-14", "2025-03-20", "2025-03-22")]
    [InlineData("The festival is held on 1-3 June.", "1-3 June", "2025-03-14", "2025-06-01", "2025-06-03")]
    [InlineData("The fair runs from March 1 to April 30.", "March 1 to April 30", "2025-03-14", "2025-03-01", "2025-04-30")]
    public void Extract_PeriodAroundAYear_IsADateRange(string text, string span, string published, string start, string end)
    {
        var claim = Extracted.From(text, published).Single(c => c.Temporal is not null);

        Assert.Equal((ClaimKind.DateRange, span), (claim.Kind, claim.Text));
        Assert.Equal((start, end), (Extracted.Iso(claim.Temporal!.Start), Extracted.Iso(claim.Temporal.End!.Value)));
    }

    [Theory]
    [InlineData("The deal was signed on 3 June.", "3 June", "2024-06-03")]
    [InlineData("The market will be closed from Monday.", "Monday", "2025-03-17")]
    [InlineData("The firm was founded a decade ago.", "a decade ago", "2015-03-14")]
    [InlineData("Prices jumped two weeks ago.", "two weeks ago", "2025-02-28")]
    [InlineData("The plant closed 3 days ago.", "3 days ago", "2025-03-11")]
    [InlineData("The law changed a year ago.", "a year ago", "2024-03-14")]
    public void Extract_DayWithoutAYear_FollowsTheTenseOrCountsBack(string text, string span, string expected)
    {
        var claim = Extracted.From(text).Single(c => c.Temporal is not null);

        Assert.Equal((ClaimKind.Date, span, expected), (claim.Kind, claim.Text, Extracted.Iso(claim.Temporal!.Start)));
        Assert.DoesNotContain(Extracted.From(text), c => c.Kind == ClaimKind.Duration);
    }

    [Fact]
    public void Extract_VagueAmountOfAnOpenNoun_UsesTheGoldBounds()
    {
        var claim = Extracted.From("Millions of viewers watched the final.").Single(c => c.Kind == ClaimKind.Count);

        Assert.Equal((Qualifier.Vague, "viewers", 1_000_000.0, (double?)null), (claim.Qualifier, claim.Measure, claim.Quantity!.Lower!.Value, claim.Quantity.Upper));
    }

    [Fact]
    public void Extract_SinceADecade_IsAnOpenInterval()
    {
        var claim = Extracted.From("The index has doubled since the 1990s.").Single(c => c.Temporal is not null);

        Assert.Equal((ClaimKind.DateSince, "1990-01-01", (DateOnly?)null), (claim.Kind, Extracted.Iso(claim.Temporal!.Start), claim.Temporal.End));
    }

    [Theory]
    [InlineData("The death toll rose to 112.", "112", 112.0, "exact")]
    [InlineData("The death toll has climbed to at least 58, officials said.", "at least 58", 58.0, "at_least")]
    public void Extract_FigureATollReaches_CountsDeaths(string text, string span, double value, string qualifier)
    {
        var claim = Extracted.From(text).Single(c => c.Kind == ClaimKind.Count);

        Assert.Equal((span, value, "deaths", qualifier), (claim.Text, claim.Quantity!.Number!.Value, claim.Measure, ContractNames.Of(claim.Qualifier)));
    }

    [Theory]
    [InlineData("Sales were three times higher than a year earlier.", "three times", 3.0, "exact")]
    [InlineData("Cases were nearly three times the number a year earlier.", "nearly three times", 3.0, "nearly")]
    [InlineData("Twice as many women were elected.", "Twice", 2.0, "exact")]
    public void Extract_Multiple_IsARatioOfTheFactor(string text, string span, double value, string qualifier)
    {
        var claim = Extracted.From(text).Single(c => c.Kind == ClaimKind.Ratio);

        Assert.Equal((span, value, qualifier), (claim.Text, claim.Quantity!.Number!.Value, ContractNames.Of(claim.Qualifier)));
    }

    [Theory]
    [InlineData("The delegations met three times in Geneva.")]
    [InlineData("He scored twice in the first half.")]
    [InlineData("Children aged 10 to 14 in 521 towns get the vaccine.")]
    public void Extract_FrequencyOrRangeBeforeIn_IsNotARatio(string text)
    {
        Assert.DoesNotContain(Extracted.From(text), c => c.Kind == ClaimKind.Ratio);
    }

    [Theory]
    [InlineData("The alliance won 163 of the 300 seats.", 163.0, 300.0, "seats")]
    [InlineData("The army shot down 52 of 61 drones overnight.", 52.0, 61.0, "drones")]
    [InlineData("The team has won 7 of their last 10 games.", 7.0, 10.0, "games")]
    [InlineData("Boston had won 7 of its previous 8 games.", 7.0, 8.0, "games")]
    [InlineData("The firm employs 57,000 people in Germany and 23,000 abroad.", 57000.0, 23000.0, "people")]
    [InlineData("The storm killed 12 people in Texas and 4 in Oklahoma.", 12.0, 4.0, "people")]
    public void Extract_FigureWithItsNounElsewhere_CountsTheSameThingAsItsNeighbour(string text, double first, double second, string measure)
    {
        var counts = Extracted.From(text).Where(c => c.Kind == ClaimKind.Count).ToList();

        Assert.Equal([first, second], counts.Select(c => c.Quantity!.Number!.Value));
        Assert.All(counts, c => Assert.Equal(measure, c.Measure));
    }

    [Theory]
    [InlineData("Revenue reached $4.1 billion in the quarter.", 4_100_000_000.0)]
    [InlineData("The fund lost 3.3 million dollars.", 3_300_000.0)]
    [InlineData("The council approved a £0.7bn plan.", 700_000_000.0)]
    public void Extract_ScaledDecimal_IsExact(string text, double expected)
    {
        var claim = Extracted.From(text).Single(c => c.Kind == ClaimKind.Amount);

        Assert.Equal(expected, claim.Quantity!.Number!.Value);
    }

    [Theory]
    [InlineData("Officials reported 2,300 new COVID-19 cases last week.", "2,300 new COVID-19 cases", 2300.0, "cases")]
    [InlineData("The army launched 40 long-range missiles overnight.", "40 long-range missiles", 40.0, "missiles")]
    [InlineData("A record 94 women were elected.", "94 women", 94.0, "women")]
    [InlineData("The plane was carrying six crew.", "six crew", 6.0, "crew")]
    [InlineData("The central bank cut rates by 25 basis points.", "25 basis points", 25.0, "basis-points")]
    [InlineData("The study used 2,400 weather stations.", "2,400 weather stations", 2400.0, "stations")]
    [InlineData("The state has 1.5m residents.", "1.5m residents", 1_500_000.0, "people")]
    [InlineData("Curtis added eight rebounds in the win.", "eight rebounds", 8.0, "rebounds")]
    [InlineData("A quarter of a million people marched.", "A quarter of a million people", 250_000.0, "people")]
    public void Extract_CountedNounInNews_ReadsSpanValueAndMeasure(string text, string span, double value, string measure)
    {
        var claim = Extracted.From(text).Single(c => c.Kind == ClaimKind.Count);

        Assert.Equal((span, value, measure), (claim.Text, claim.Quantity!.Number!.Value, claim.Measure));
    }

    [Fact]
    public void Extract_ListOfAges_LendsNoNoun()
    {
        var counts = Extracted.From("Police charged three men, aged 24, 31 and 45, on Monday.").Where(c => c.Kind == ClaimKind.Count).ToList();

        Assert.Equal([3.0], counts.Select(c => c.Quantity!.Number!.Value));
    }

    [Fact]
    public void Extract_EstimatedBeforeAFigure_DoesNotHedgeTheRestOfTheClause()
    {
        var date = Extracted.From("Jewellery worth an estimated £2m was stolen last Thursday.", "2025-05-07").Single(c => c.Temporal is not null);

        Assert.Equal(("last Thursday", false), (date.Text, date.Hedged));
    }

    [Theory]
    [InlineData("According to a UN report, 2.1 million people need aid.", "United Nations")]
    [InlineData("Police estimate that 5,000 people attended the rally.", "Police")]
    [InlineData("The blaze destroyed 200 homes, local media reported.", "local media")]
    [InlineData("Some 300 workers could lose their jobs, the union warned.", "union")]
    [InlineData("Sources familiar with the matter said the deal was worth $2 billion.", null)]
    [InlineData("The company is said to be cutting 500 jobs.", null)]
    [InlineData("In total, it is estimated that 6,000 prisoners were freed.", null)]
    [InlineData("Tolvey bridge had 40 faults, records show", "records")]
    [InlineData("DHAKA, Oct 8 (AFP) - Floods have killed at least 64 people, officials said.", "officials")]
    [InlineData("The bank now expects a deficit of 3.8 trillion roubles.", "bank")]
    [InlineData("Inflation will ease, down from a previous forecast of 3 million tonnes.", null)]
    [InlineData("Some estimates put the damage at $3 billion.", null)]
    [InlineData("The agency has brokered 15 swaps, according to its foreign ministry.", "foreign ministry")]
    [InlineData("The US pledged $2 million, while the European Union said it would send more.", null)]
    [InlineData("Peskov said the report showed 12 people were killed.", "Dmitry Peskov")]
    [InlineData("About 1,000 prisoners are held in the camp, according to rights groups.", "rights groups")]
    [InlineData("Some 50 people died, according to the local health authorities.", "local health authorities")]
    [InlineData("About 300 people were hurt, according to people familiar with the matter.", null)]
    public void Extract_SourceInNewsPhrasing_IsTheAttribution(string text, string? source)
    {
        var claim = Extracted.From(text).Single(c => c.Kind is ClaimKind.Count or ClaimKind.Amount);

        Assert.Equal(source, claim.Attribution);
    }

    [Theory]
    [InlineData("The company is said to be cutting 500 jobs.", "is said to")]
    [InlineData("The death toll is likely to rise above 100.", "likely")]
    [InlineData("The firm may cut 300 jobs next year.", "may")]
    [InlineData("In May 300 workers lost their jobs.", null)]
    public void Extract_HedgeInNewsPhrasing_IsTheCue(string text, string? cue)
    {
        var claim = Extracted.From(text).Single(c => c.Kind == ClaimKind.Count);

        Assert.Equal((cue, cue is not null), (claim.HedgeCue, claim.Hedged));
    }

    [Fact]
    public void Extract_SourceAtASentenceEnd_StopsAtTheFullStop()
    {
        var claims = Extracted.From("The ice shrank 13% per decade, according to the Data Center. Researchers expect more losses.");

        Assert.Equal("Data Center", claims.Single(c => c.Kind == ClaimKind.Percentage).Attribution);
    }

    [Theory]
    [InlineData("Oil prices hit their highest level since 2022.", "their highest level since 2022", 1.0)]
    [InlineData("It was the hottest day ever recorded in London.", "the hottest day ever recorded", 1.0)]
    [InlineData("Unemployment is at its lowest in 50 years.", "its lowest in 50 years", 1.0)]
    [InlineData("It is the second-largest deal ever signed by the club.", "the second-largest deal ever signed by the club", 2.0)]
    [InlineData("The largest prisoner exchange between the two countries since the war began took place on Friday.", "The largest prisoner exchange between the two countries since the war began", 1.0)]
    public void Extract_SuperlativeWithAScope_IsARank(string text, string span, double rank)
    {
        var claim = Extracted.From(text).Single(c => c.Kind == ClaimKind.Superlative);

        Assert.Equal((span, rank), (claim.Text, claim.Quantity!.Number!.Value));
    }

    [Theory]
    [InlineData("The largest city in the whole wide region, Kharkiv, grew since then.")]
    [InlineData("The biggest problem for farmers across the whole region is water.")]
    public void Extract_SuperlativeWithItsScopeFarOrMissing_IsNoRank(string text)
    {
        Assert.DoesNotContain(Extracted.From(text), c => c.Kind == ClaimKind.Superlative);
    }

    [Fact]
    public void PublicationDateInference_DatelineWithoutYear_TakesTheLatestPastYear()
    {
        var (date, confidence) = PublicationDateInference.Infer("KYIV, June 3 (Reuters) - The quake was the deadliest since 1988. Aid arrived in 2025. Talks will resume in 2026.");

        Assert.Equal(("2025-06-03", 0.5), (Extracted.Iso(date!.Value), confidence));
    }

    [Theory]
    [InlineData("2025-05-24", "2025-05-24")]
    [InlineData("2025-05-23", "2025-05-24")]
    [InlineData("2026-01-10", "2025-05-24")]
    [InlineData("2026-06-01", "2026-05-24")]
    public void PublicationDateInference_DatelineWithNoYearInTheText_TakesTheYearItWasReceived(string received, string expected)
    {
        var text = "MOSCOW, May 24. /TASS/. Another 307 servicemen have been returned, the ministry said.";

        var (date, confidence) = PublicationDateInference.Infer(text, DateOnly.Parse(received, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal((expected, 0.5), (Extracted.Iso(date!.Value), confidence));
        Assert.Null(PublicationDateInference.Infer(text).Date);
    }

    [Theory]
    [InlineData("Growth is forecast at between 2% and 3% next year.", "between 2% and 3%", 2.0, 3.0)]
    [InlineData("Analysts expect a 2-3% rise in prices.", "2-3%", 2.0, 3.0)]
    [InlineData("Wages may rise 5 to 7 per cent.", "5 to 7 per cent", 5.0, 7.0)]
    [InlineData("The project will cost $5-10 million.", "$5-10 million", 5_000_000.0, 10_000_000.0)]
    [InlineData("Tickets cost between £30 and £45.", "between £30 and £45", 30.0, 45.0)]
    public void Extract_RangeOfMoneyOrPercentages_GivesBothBounds(string text, string span, double lower, double upper)
    {
        var claim = Extracted.From(text).Single(c => c.Kind is ClaimKind.Percentage or ClaimKind.Amount);

        Assert.Equal((span, Qualifier.Range, lower, upper), (claim.Text, claim.Qualifier, claim.Quantity!.Lower!.Value, claim.Quantity.Upper!.Value));
    }

    [Theory]
    [InlineData("Unemployment rose 0.3 percentage points to 4.4% in May.")]
    [InlineData("Turnout rose from 52% to 58% this year.")]
    public void Extract_ChangeToALevel_IsNotARange(string text)
    {
        Assert.Equal(2, Extracted.From(text).Count(c => c.Kind == ClaimKind.Percentage && c.Qualifier == Qualifier.Exact));
    }

    [Fact]
    public void Extract_TwiceAsMany_IsNotTheEarlierFigure()
    {
        var claims = Extracted.From("The vote was held in 12 districts. Twice as many women were elected as before.");

        Assert.Equal([12.0], claims.Where(c => c.Kind == ClaimKind.Count).Select(c => c.Quantity!.Number!.Value));
    }

    [Fact]
    public void Extract_WireDateline_IsNotTheSource()
    {
        var claim = Extracted.From("KYIV, June 3 (Reuters) - The quake killed at least 47 people, officials said.", "2025-06-03")
            .Single(c => c.Kind == ClaimKind.Count);

        Assert.Equal((47.0, "at_least"), (claim.Quantity!.Number!.Value, ContractNames.Of(claim.Qualifier)));
        Assert.NotEqual("Kyiv", claim.Attribution);
    }
}
