using Pipeline.Core.Claims;

namespace Pipeline.Core.Tests.Claims.Phenomena;

public class RankAndSourceTests
{
    [Theory]
    [InlineData("Prices rose 12.5% in a year.", ClaimKind.Percentage, 12.5)]
    [InlineData("Turnout reached 61 per cent.", ClaimKind.Percentage, 61.0)]
    [InlineData("Rebels hold about one-third of the province.", ClaimKind.Ratio, 1.0 / 3)]
    [InlineData("Of the 390 freed, about two-thirds were soldiers.", ClaimKind.Ratio, 2.0 / 3)]
    [InlineData("It was the 12th round of sanctions.", ClaimKind.Ordinal, 12.0)]
    [InlineData("This is the fourth strike this year.", ClaimKind.Ordinal, 4.0)]
    [InlineData("The bloc is preparing its 18th package of sanctions.", ClaimKind.Ordinal, 18.0)]
    [InlineData("It would be the second meeting in less than a month.", ClaimKind.Ordinal, 2.0)]
    [InlineData("It was his third visit to the region in two weeks.", ClaimKind.Ordinal, 3.0)]
    [InlineData("It was the deadliest attack since the ceasefire began.", ClaimKind.Superlative, 1.0)]
    public void Extract_RatiosRanksSuperlatives_ReadTheValue(string text, ClaimKind kind, double expected)
    {
        var claim = Extracted.From(text).Single(c => c.Kind == kind);

        Assert.Equal(expected, claim.Quantity!.Number!.Value, 6);
    }

    [Theory]
    [InlineData("According to the Kiev city council, 14 buildings were damaged.", "14 buildings", "Kiev city council")]
    [InlineData("The U.S. State Department said 30 diplomats were expelled.", "30 diplomats", "U.S. State Department")]
    [InlineData("Zelenskyy said 17 civilians were evacuated.", "17 civilians", "Volodymyr Zelensky")]
    [InlineData("Lubinets said 4,757 people had been returned since 2022.", "4,757 people", "Dmytro Lubinets")]
    [InlineData("The Russian Defence Ministry reported 40 drones were downed.", "40 drones", "Ministry of Defence of Russia")]
    [InlineData("The ferry carried 212 passengers, the coast guard service said.", "212 passengers", "coast guard service")]
    [InlineData("The regional health authority reported 1,250 new cases.", "1,250 new cases", "regional health authority")]
    [InlineData("The storm cut power to 12,000 homes, utility officials said.", "12,000 homes", "utility officials")]
    [InlineData("The firm cut 3,000 jobs, according to a spokesperson for the company.", "3,000 jobs", "spokesperson")]
    [InlineData("The crash injured 14 people, police said.", "14 people", "police")]
    [InlineData("Two buses collided, and yesterday police said 3 people had died.", "3 people", "police")]
    [InlineData("The health ministry in Gaza said 45 people were killed.", "45 people", "health ministry in Gaza")]
    [InlineData("Officials in Kyiv said 12 drones were shot down.", "12 drones", "Officials in Kyiv")]
    [InlineData("Ferries carried 212 passengers, officials on both banks said.", "212 passengers", "officials on both banks")]
    [InlineData("The county's flood response office for the lower valley said 40 homes were empty.", "40 homes", "county's flood response office for the lower valley")]
    [InlineData("Russia's defence ministry said 90 drones were downed.", "90 drones", "Ministry of Defence of Russia")]
    [InlineData("The governor of the region, Anna Holt, stated that 16 schools were shut.", "16 schools", "Anna Holt")]
    [InlineData("Some 2,500 tenants were rehoused, according to the housing ombudsman, Ruth Calder.", "2,500 tenants", "Ruth Calder")]
    [InlineData("The mayor said 30 roads were closed, while the utility said 4,000 homes lost power.", "4,000 homes", "utility")]
    [InlineData("The mayor said 30 roads were closed, while the utility said 4,000 homes lost power.", "30 roads", "mayor")]
    [InlineData("About 300 people were moved, sources familiar with the plan said.", "300 people", null)]
    [InlineData("The Russian defence ministry said 90 drones were downed.", "90 drones", "Ministry of Defence of Russia")]
    [InlineData("The convoy carried 120 civilians, according to the Russian defence ministry.", "120 civilians", "Ministry of Defence of Russia")]
    [InlineData("About 70% of the grid is damaged, according to the national grid operator Ukrenergo.", "70%", "national grid operator Ukrenergo")]
    [InlineData("Russia and Ukraine each released 390 prisoners and announced that more would follow.", "390 prisoners", null)]
    [InlineData("Kyiv yesterday claimed 40 drones were downed.", "yesterday", "Kyiv")]
    [InlineData("Andrii Sybiha spoke. Moscow, he said, had rejected a 30-day truce.", "30-day", "Andrii Sybiha")]
    [InlineData("Donald Trump praised both sides and said 2 more swaps would follow.", "2 more swaps", "Donald Trump")]
    [InlineData("The mayor said 30 roads were shut. Olena, 54, said she had waited 26 months.", "26 months", null)]
    [InlineData("Losses could exceed $1 billion, according to an estimate by the reinsurer Swiss Re.", "$1 billion", "Swiss Re")]
    [InlineData("The toll rose to 147, the state civil defense agency said.", "147", "state civil defense agency")]
    [InlineData("President Luiz Inacio Lula da Silva announced a 50.9 billion reais package.", "50.9 billion reais", "President Luiz Inacio Lula da Silva")]
    [InlineData("The ministry, however, said Russia had fired 40 drones.", "40 drones", "ministry")]
    [InlineData("Zelensky, speaking in Kyiv, said Russia had launched 40 drones.", "40 drones", "Volodymyr Zelensky")]
    [InlineData("The mayor said schools would reopen, but 12 people were killed overnight, police said.", "12 people", "police")]
    [InlineData("Meanwhile officials said 12 people had died.", "12 people", "officials")]
    [InlineData("Russia launched 250 drones, according to the Ukrainian air force.", "250 drones", "Ukrainian air force")]
    [InlineData("The coast guard said 40 migrants were rescued.", "40 migrants", "coast guard")]
    [InlineData("According to hospital staff, 12 patients were moved.", "12 patients", "hospital staff")]
    [InlineData("TASS cited the Russian defence ministry as saying that 303 soldiers were freed.", "303 soldiers", "Ministry of Defence of Russia")]
    [InlineData("Interfax quoted Vladimir Medinsky as saying 1,000 prisoners would be freed.", "1,000 prisoners", "Vladimir Medinsky")]
    [InlineData("TASS cited figures showing 40 drones were downed.", "40 drones", "TASS")]
    [InlineData("The health ministry revealed that 1,284 cases had been recorded.", "1,284 cases", "health ministry")]
    [InlineData("Prime Minister Karel Vos conceded defeat in a brief statement, saying his party had lost 14 seats.", "14 seats", "Prime Minister Karel Vos")]
    [InlineData("\"We are bringing our people home,\" Zelensky wrote, adding that 300 prisoners would be freed on Sunday.", "300 prisoners", "Volodymyr Zelensky")]
    [InlineData("Data from the regulator indicated 40 banks had failed the test.", "40 banks", "regulator")]
    [InlineData("Zelensky: 390 Ukrainians are home", "390 Ukrainians", "Volodymyr Zelensky")]
    [InlineData("General Staff: Russia has lost 977,090 troops", "977,090 troops", "General Staff")]
    [InlineData("Russia returns 307 servicemen from captivity — Defense Ministry", "307 servicemen", "Defense Ministry")]
    [InlineData("Key developments: Russia launched 90 drones overnight.", "90 drones", null)]
    [InlineData("The swap freed 390 prisoners — a record.", "390 prisoners", null)]
    public void Extract_AttributedClaim_NamesTheCanonicalSource(string text, string span, string? source)
    {
        var claim = Extracted.Single(text, span);

        Assert.Equal(source, claim.Attribution);
    }

    [Fact]
    public void Extract_FigureInsideAQuote_IsTheQuotesSpeakers()
    {
        var claims = Extracted.From("\"On Friday 40 soldiers came home. In return, 40 were handed over,\" the Kremlin said.");

        Assert.Equal("Kremlin", claims.Single(c => c.Text == "40 soldiers").Attribution);
    }

    [Theory]
    [InlineData("\"We are seeing the consequences,\" Lena Marsh, the chief epidemiologist, told reporters.", "Lena Marsh")]
    [InlineData("\"We are seeing the consequences,\" Dr. Lena Marsh, the authority's chief epidemiologist, told reporters.", "Dr. Lena Marsh")]
    [InlineData("\"The port is open,\" Oleh Kiper, the regional governor, wrote on Telegram.", "Oleh Kiper")]
    [InlineData("\"This is a small but important step,\" Qatari minister Mohammed Al-Khulaifi said.", "Qatari minister Mohammed Al-Khulaifi")]
    [InlineData("Volodymyr Zelensky thanked the crews. \"We have 40 boats ready,\" he wrote.", "Volodymyr Zelensky")]
    [InlineData("Zelensky met the crews. He said the port had \"room for 40 boats\". The Kremlin said nothing.", "Volodymyr Zelensky")]
    [InlineData("Erdogan spoke first, and Zelensky said \"we are ready\", while the Kremlin said it was not.", "Volodymyr Zelensky")]
    [InlineData("Donald Trump praised the deal and said it \"could lead to something big.\" He added that talks would start.", "Donald Trump")]
    public void Extract_QuoteWithAnAppositiveOrNoNamedSpeakerAfterIt_TakesTheSpeakerItBelongsTo(string text, string speaker)
    {
        var quote = Extracted.From(text).Single(c => c.Kind == ClaimKind.Quote);

        Assert.Equal(speaker, quote.Attribution);
    }

    [Theory]
    [InlineData("“We have brought home 84 of our people,” Zelensky wrote. “Most of them were held since 2022.”", "Volodymyr Zelensky")]
    [InlineData("\"We had just finished sowing,\" said Piet Vandaal, a farmer. \"All of it is under water.\"", "Piet Vandaal")]
    [InlineData("“We have brought home 84 of our people,” Zelensky wrote.\n\n“Most of them were held since 2022.”", null)]
    [InlineData("“We have brought home 84 of our people,” Zelensky wrote. The crowd shouted “Most of them were held since 2022.”", null)]
    public void Extract_QuoteStandingAloneAfterAnother_IsTheSameSpeakers(string text, string? speaker)
    {
        var last = Extracted.From(text).Last(c => c.Kind == ClaimKind.Quote);

        Assert.Equal(speaker, last.Attribution);
    }

    [Theory]
    [InlineData("Troops reportedly seized 40 tanks.", "reportedly")]
    [InlineData("It is estimated that 5,000 homes were flooded.", "It is estimated")]
    [InlineData("Unconfirmed reports suggest 60 soldiers surrendered.", "Unconfirmed reports")]
    [InlineData("The talks are expected to last two days.", "are expected to")]
    [InlineData("As many as 300 workers may lose their jobs, the union said.", "may")]
    [InlineData("Up to 2,000 homes could be flooded, forecasters warned.", "could")]
    [InlineData("Officials said that 40 jobs are expected to go.", "are expected to")]
    [InlineData("The 60 soldiers reportedly surrendered.", "reportedly")]
    [InlineData("Shelling hit the town, with at least 12 people reportedly killed.", "reportedly")]
    [InlineData("The last convoy, in which a further 300 families from the valley are expected to leave, starts today.", "are expected to")]
    [InlineData("About 8,000 people are still missing, though the figure could not be independently verified.", "could not be independently verified")]
    [InlineData("Roughly 8,000 people are still thought to be held.", "thought to")]
    [InlineData("The army said it had shot down 900 drones. The claim could not be independently verified.", "could not be independently verified")]
    [InlineData("It was not possible to verify the figure of 200 dead.", "not possible to verify")]
    [InlineData("At least 40 people are feared dead.", "feared")]
    [InlineData("Moscow claims Kyiv holds 6,000 soldiers. Neither number could be verified.", "Neither number could be verified")]
    [InlineData("The ministry said 120 drones were downed, a figure that has not been independently verified.", "has not been independently verified")]
    [InlineData("The chief executive said the cuts would save an estimated 600 million euros a year.", "estimated")]
    [InlineData("Its leader said as many as 12,000 workers could walk out.", "could")]
    [InlineData("The party is projected to win 71 seats.", "is projected to")]
    [InlineData("The mayor warned 300 homes may have to be demolished.", "may")]
    public void Extract_HedgedClaim_RecordsTheCue(string text, string cue)
    {
        var claim = Extracted.From(text).Single(c => c.Quantity is not null);

        Assert.Equal((true, cue), (claim.Hedged, claim.HedgeCue));
    }

    [Fact]
    public void Extract_VerdictSentenceWithAFigureOfItsOwn_HedgesOnlyThatFigure()
    {
        var claims = Extracted.From("The army said it had shot down 900 drones. Reports of 12 deaths could not be verified.");

        Assert.Equal([("900 drones", false), ("12 deaths", true)], claims.Select(c => (c.Text, c.Hedged)));
    }

    [Theory]
    [InlineData("Reuters independently verified the footage, which shows at least 12 bodies.")]
    [InlineData("The ministry confirmed 40 soldiers were freed.")]
    public void Extract_ConfirmedClaim_IsNotHedged(string text)
    {
        Assert.All(Extracted.From(text).Where(c => c.Quantity is not null), c => Assert.False(c.Hedged, c.HedgeCue));
    }

    [Theory]
    [InlineData("Some 300 soldiers claimed asylum on Monday.")]
    [InlineData("The shelters that had housed 240 residents are expected to close.")]
    [InlineData("In May 300 workers lost their jobs.")]
    public void Extract_FirmClaimBeforeAVerbOrInsideAnotherClause_IsNotHedged(string text)
    {
        var claim = Extracted.From(text).Single(c => c.Kind == ClaimKind.Count);

        Assert.Equal((false, null), (claim.Hedged, claim.HedgeCue));
    }

    [Fact]
    public void Extract_EntitiesInSentence_AreCanonicalised()
    {
        var claim = Extracted.Single("Kiev and the US agreed to send 50 tanks.", "50 tanks");

        Assert.Equal(["Kyiv", "United States"], claim.Entities);
    }

    [Fact]
    public void Extract_Quote_HasSpeakerAndInnerText()
    {
        var quote = Extracted.From("“We will rebuild every school,” the mayor said. “Not one will be left,” Maria Ortega said.")
            .Where(c => c.Kind == ClaimKind.Quote).ToList();

        Assert.Equal("Not one will be left,", quote[1].Text);
        Assert.Equal("Maria Ortega", quote[1].Attribution);
        Assert.Null(quote[1].Quantity);
    }
}
