using Pipeline.Core.Claims;

namespace Pipeline.Core.Tests.Claims.Phenomena;

/// <summary>The other side of a comparison, its noun left out: counted like the figure before it, under a fact of its own.</summary>
public class ComparisonTests
{
    [Theory]
    [InlineData("The ferry line carried 2.3 million passengers last year, up from 1.9 million in 2023.", "2.3 million passengers", "1.9 million", 1_900_000)]
    [InlineData("The motion passed by 312 votes to 290.", "312 votes", "290", 290)]
    [InlineData("Police recorded 4,800 burglaries this year, compared with 4,100 a year earlier.", "4,800 burglaries", "4,100", 4_100)]
    [InlineData("The mill employs 5,000 people, down from 6,200.", "5,000 people", "6,200", 6_200)]
    [InlineData("Turnout was 41,000 voters against 38,500 at the last election.", "41,000 voters", "38,500", 38_500)]
    public void Extract_ComparedFigure_TakesTheNounButNotTheFact(string text, string figure, string compared, double value)
    {
        var claims = Extracted.From(text);
        var first = claims.Single(c => c.Text == figure);
        var other = claims.Single(c => c.Text == compared);

        Assert.Equal(ClaimKind.Count, other.Kind);
        Assert.Equal(value, other.Quantity!.Number);
        Assert.Equal(first.Measure, other.Measure);
        Assert.NotEqual(first.FactKey, other.FactKey);
        Assert.StartsWith(first.FactKey.Split('|')[0] + "-compared|", other.FactKey, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kyiv returned 307 soldiers and Moscow 307.", "307")]
    [InlineData("Floods killed 12 people in Texas and 4 in Oklahoma.", "4")]
    public void Extract_FigureJoinedByAnd_SharesTheMeasureGroup(string text, string second)
    {
        var claims = Extracted.From(text).Where(c => c.Kind == ClaimKind.Count).ToList();

        Assert.Equal(2, claims.Count);
        Assert.Equal(second, claims[1].Text);
        Assert.Equal(claims[0].FactKey.Split('|')[0], claims[1].FactKey.Split('|')[0]);
    }

    [Theory]
    [InlineData("Crews moved 300 residents from 12 villages.", "12 villages")]
    [InlineData("The office opened 40 branches from 2019 to 2023.", "40 branches")]
    public void Extract_FigureWithItsOwnNounOrAYear_IsNotACompared(string text, string counted)
    {
        var claims = Extracted.From(text);

        Assert.Contains(claims, c => c.Text == counted);
        Assert.DoesNotContain(claims, c => c.FactKey.Contains("-compared|", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Deaths fell to 85 from 112.", "85", "deaths", false)]
    [InlineData("Deaths fell to 85 from 112.", "112", "deaths", true)]
    [InlineData("The number of patients rose from 1,200 to 1,500 in a month.", "1,500", "people", false)]
    [InlineData("The number of patients rose from 1,200 to 1,500 in a month.", "1,200", "people", true)]
    [InlineData("Cases rose to 3,100, officials said.", "3,100", "cases", false)]
    [InlineData("The number of people evacuated rose to 4,200.", "4,200", "people", false)]
    [InlineData("The number of Ukrainians freed since 2022 has risen to 4,757.", "4,757", "people", false)]
    public void Extract_FigureACountedSubjectMovesTo_CountsTheSubject(string text, string figure, string measure, bool earlier)
    {
        var claim = Extracted.From(text).Single(c => c.Text == figure);

        Assert.Equal(ClaimKind.Count, claim.Kind);
        Assert.Equal(Qualifier.Exact, claim.Qualifier);
        Assert.Equal(measure, claim.Measure);
        Assert.Equal(earlier, claim.FactKey.Split('|')[0].Contains("-compared", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Prices rose to 40 in May.")]
    [InlineData("The team rose to 3 in the table.")]
    [InlineData("Temperatures dropped to 12 overnight.")]
    public void Extract_FigureAnUncountedSubjectMovesTo_IsNoCount(string text) =>
        Assert.DoesNotContain(Extracted.From(text), c => c.Kind == ClaimKind.Count);

    [Fact]
    public void Extract_ChangeFromOneFigureToAnother_IsNotARange()
    {
        var claims = Extracted.From("Attendance rose from 200 to 300 people.");

        Assert.DoesNotContain(claims, c => c.Qualifier == Qualifier.Range);
        Assert.Equal(300, claims.Single(c => c.Kind == ClaimKind.Count).Quantity!.Number);
    }
}
