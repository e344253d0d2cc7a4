using Pipeline.Core.Claims;

namespace Pipeline.Core.Tests.Claims.Phenomena;

/// <summary>Phenomena of election results and releases of captives, in sentences of our own (published Friday 2025-03-14).</summary>
public class ElectionAndReleaseTextTests
{
    [Theory]
    [InlineData("The ruling bloc won the most votes in Sunday's vote but lost its majority, with rivals set to take power.", "2025-03-09")]
    [InlineData("The centre-left fought Sunday's ballot on housing, and is set to lead the next government.", "2025-03-09")]
    [InlineData("Rescuers found two more survivors on Sunday as the death toll is set to rise.", "2025-03-09")]
    [InlineData("The ruling bloc will fight Sunday's vote on housing, officials said.", "2025-03-16")]
    public void Extract_IrregularPastVerbBeforeTheDay_SetsItsTense(string text, string day)
    {
        var claim = Extracted.From(text).Single(c => c.Kind == ClaimKind.Date);

        Assert.Equal(day, Extracted.Iso(claim.Temporal!.Start));
    }

    [Theory]
    [InlineData("Eleven people, including five Germans, were flown to Berlin.", "five Germans", 5.0)]
    [InlineData("Three Britons were among the passengers.", "Three Britons", 3.0)]
    [InlineData("Police detained 14 foreign nationals at the border.", "14 foreign nationals", 14.0)]
    public void Extract_NationalityPlural_CountsPeople(string text, string span, double count)
    {
        var claim = Extracted.Single(text, span);

        Assert.Equal((span, count, "people"), (claim.Text, claim.Quantity!.Number!.Value, claim.Measure));
    }

    [Theory]
    [InlineData("The two allied parties won 65 and 26 seats respectively.", 65.0, 26.0, "seats")]
    [InlineData("The guards freed 12 and 9 prisoners on the two days.", 12.0, 9.0, "prisoners")]
    public void Extract_FigureBeforeAndAnotherCount_CountsTheSameThing(string text, double first, double second, string measure)
    {
        var counts = Extracted.From(text).Where(c => c.Kind == ClaimKind.Count).ToList();

        Assert.Equal([(first, measure), (second, measure)], counts.Select(c => (c.Quantity!.Number!.Value, c.Measure)));
        Assert.Equal(counts[0].FactKey, counts[1].FactKey);
    }

    [Theory]
    [InlineData("Between 65 and 70 seats changed hands.")]
    [InlineData("The victims were aged 24, 31 and 45 people said.")]
    [InlineData("From 40 and 50 seats the party fell back.")]
    public void Extract_RangeOrList_LendsNoNounToItsFirstFigure(string text)
    {
        Assert.DoesNotContain(Extracted.From(text), c => c.Kind == ClaimKind.Count && c.Text is "65" or "40" or "24" or "31");
    }

    [Theory]
    [InlineData("Talks lasted 15 hours, the official said.", "15 hours", "official")]
    [InlineData("An official said 40 people were hurt.", "40 people", "official")]
    [InlineData("The official report said 12 people died.", "12 people", "official report")]
    public void Extract_OfficialAsTheSpeaker_IsTheSource(string text, string span, string source)
    {
        Assert.Equal(source, Extracted.Single(text, span).Attribution);
    }

    [Theory]
    [InlineData("President Joe Biden called the deal \"a feat of diplomacy\" on Friday.", "Joe Biden")]
    [InlineData("The minister described the talks as \"constructive and frank\".", "minister")]
    [InlineData("Putin hailed the return as \"a great victory\".", "Vladimir Putin")]
    public void Extract_QuoteAfterANamingVerb_IsItsSubjectsWords(string text, string speaker)
    {
        Assert.Equal(speaker, Extracted.From(text).Single(c => c.Kind == ClaimKind.Quote).Attribution);
    }

    [Theory]
    [InlineData("Activists formed a group called \"Mothers for Peace\".")]
    [InlineData("They backed a plan dubbed the \"new deal\".")]
    public void Extract_QuotedName_HasNoSpeaker(string text)
    {
        Assert.Null(Extracted.From(text).Single(c => c.Kind == ClaimKind.Quote).Attribution);
    }

    [Theory]
    [InlineData("Ayman al-Safadi said 22 hostages were freed.", "Ayman al-Safadi")]
    [InlineData("The spokesman, Majed al-Ansari, said 20 hostages were freed.", "Majed al-Ansari")]
    [InlineData("Ursula von der Leyen said 24 hostages were freed.", "Ursula von der Leyen")]
    [InlineData("Juan de la Cruz said 25 hostages were freed.", "Juan de la Cruz")]
    [InlineData("The Ministry of the Interior said 27 hostages were freed.", "Ministry of the Interior")]
    public void Extract_NameWithParticles_IsTheWholeName(string text, string source)
    {
        Assert.Equal(source, Extracted.Single(text, "hostages").Attribution);
    }

    [Theory]
    [InlineData("Floods hit the coast. At least 40 were killed and 12 remain missing.", "At least 40", 40.0, "people")]
    [InlineData("Another 84 prisoners came home. Officials said 1,200 had been exchanged so far this year.", "1,200", 1200.0, "prisoners")]
    [InlineData("The storm flooded the camp, and three drowned.", "three", 3.0, "people")]
    [InlineData("Police said 300 were arrested overnight.", "300", 300.0, "people")]
    public void Extract_BareFigureAsTheSubjectOfAnEvent_CountsTheNearestCountedNoun(string text, string span, double count, string measure)
    {
        var claim = Extracted.Single(text, span);

        Assert.Equal((span, count, measure), (claim.Text, claim.Quantity!.Number!.Value, claim.Measure));
    }

    [Theory]
    [InlineData("The vote was 215 to 210.")]
    [InlineData("One was a journalist.")]
    [InlineData("Hundreds freed in the swap.")]
    [InlineData("In 2022 were held the last talks.")]
    [InlineData("The 14 arrested were charged.")]
    public void Extract_FigureThatIsNoEventsSubject_IsNoBareCount(string text)
    {
        Assert.DoesNotContain(Extracted.From(text), c => c.Kind == ClaimKind.Count && c.Text is "215" or "One" or "Hundreds" or "2022" or "14");
    }

    [Fact]
    public void Extract_AgencyAfterAPossessiveName_IsTheWholeName()
    {
        Assert.Equal("Russia's TASS news agency", Extracted.Single("Russia's TASS news agency said 45 drones had been shot down.", "45 drones").Attribution);
    }

    [Theory]
    [InlineData("The army appears to have lost 1,400 troops.", "appears to")]
    [InlineData("The rebels seem to have freed 40 prisoners.", "seem to")]
    public void Extract_AppearsOrSeemsTo_Hedges(string text, string cue)
    {
        var claim = Extracted.From(text).Single(c => c.Kind == ClaimKind.Count);

        Assert.Equal((true, cue), (claim.Hedged, claim.HedgeCue));
    }

    [Theory]
    [InlineData("Ukraine received the bodies of 909 fallen soldiers on Thursday.", "909 fallen soldiers")]
    [InlineData("The remains of 40 people were returned.", "40 people")]
    public void Extract_BodiesOrRemainsOfACount_CountsBodies(string text, string span)
    {
        Assert.Equal("bodies", Extracted.Single(text, span).Measure);
    }
}
