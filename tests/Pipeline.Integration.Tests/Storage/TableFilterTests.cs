using Pipeline.Storage.Tables;

namespace Pipeline.Integration.Tests.Storage;

/// <summary>Hostile input must stay inside a literal: quotes doubled, names and operators from fixed sets.</summary>
public class TableFilterTests
{
    [Theory]
    [InlineData("O'Brien", "Name eq 'O''Brien'")]
    [InlineData("x' or 'a' eq 'a", "Name eq 'x'' or ''a'' eq ''a'")]
    [InlineData("' or PartitionKey ne '", "Name eq ''' or PartitionKey ne '''")]
    [InlineData("''", "Name eq ''''''")]
    [InlineData("a eq b) or (true", "Name eq 'a eq b) or (true'")]
    [InlineData("Zürich — “quoted” ’ ", "Name eq 'Zürich — “quoted” ’ '")]
    [InlineData("😀&$filter=x", "Name eq '😀&$filter=x'")]
    public void Equal_HostileValue_StaysOneQuotedLiteral(string value, string expected)
    {
        var sut = TableFilter.Equal("Name", value);

        Assert.Equal(expected, sut.Expression);
    }

    [Theory]
    [InlineData("Name eq 'x' or Name")]
    [InlineData("Name or true")]
    [InlineData("")]
    [InlineData("1Name")]
    [InlineData("Na me")]
    [InlineData("Name'")]
    public void Compare_HostilePropertyName_Throws(string property)
    {
        Assert.Throws<ArgumentException>(() => TableFilter.Equal(property, "x"));
    }

    [Theory]
    [InlineData("eq 'x' or Name eq")]
    [InlineData("or")]
    [InlineData("EQ")]
    [InlineData("startswith")]
    public void Compare_HostileOperator_Throws(string op)
    {
        Assert.Throws<ArgumentException>(() => TableFilter.Compare("Name", op, "x"));
    }

    [Fact]
    public void Compare_LoneSurrogate_Throws()
    {
        Assert.Throws<ArgumentException>(() => TableFilter.Equal("Name", "a\ud800b"));
    }

    [Fact]
    public void Compare_TypedValues_UseTheODataLiteralForEachType()
    {
        Assert.Equal("N eq 5", TableFilter.Compare("N", "eq", 5).Expression);
        Assert.Equal("N eq 12345678901L", TableFilter.Compare("N", "eq", 12345678901L).Expression);
        Assert.Equal("S ge 2.0", TableFilter.Compare("S", "ge", 2.0).Expression);
        Assert.Equal("S lt 0.875", TableFilter.Compare("S", "lt", 0.875).Expression);
        Assert.Equal("F eq true", TableFilter.Compare("F", "eq", true).Expression);
        Assert.Equal("G eq guid'00000000-0000-0000-0000-00000000002a'", TableFilter.Compare("G", "eq", new Guid("00000000-0000-0000-0000-00000000002a")).Expression);
        Assert.Equal("T ge datetime'2026-01-01T00:00:00.0000000Z'", TableFilter.Compare("T", "ge", new DateTimeOffset(2026, 1, 1, 1, 0, 0, TimeSpan.FromHours(1))).Expression);
        Assert.Equal("B eq X'00ff'", TableFilter.Compare("B", "eq", new byte[] { 0, 255 }).Expression);
    }

    [Fact]
    public void Compare_NaN_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TableFilter.Compare("S", "eq", double.NaN));
    }

    [Fact]
    public void AndOrNot_Combine_ParenthesiseEachSide()
    {
        var sut = TableFilter.Equal("PartitionKey", "p").And(TableFilter.Equal("A", "x").Or(TableFilter.Equal("B", "y"))).Not();

        Assert.Equal("not ((PartitionKey eq 'p') and ((A eq 'x') or (B eq 'y')))", sut.Expression);
    }

    [Fact]
    public void StartsWith_Prefix_BecomesAHalfOpenRange()
    {
        Assert.Equal("(RowKey ge 'ab') and (RowKey lt 'ac')", TableFilter.StartsWith("RowKey", "ab").Expression);
    }
}
