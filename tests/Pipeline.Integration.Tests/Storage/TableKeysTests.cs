using Pipeline.Storage.Tables;

namespace Pipeline.Integration.Tests.Storage;

public class TableKeysTests
{
    [Theory]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("a#b")]
    [InlineData("a?b")]
    [InlineData("tab\there")]
    [InlineData("nul\0")]
    [InlineData("c1\u0085")]
    [InlineData("del\u007f")]
    public void Validate_ForbiddenCharacter_ThrowsBeforeSending(string key)
    {
        Assert.False(TableKeys.IsValid(key));
        Assert.Throws<ArgumentException>(() => new TableEntity(key, "r"));
        Assert.Throws<ArgumentException>(() => new TableEntity("p", key));
    }

    [Fact]
    public void Validate_LoneSurrogate_Throws()
    {
        // Built at run time: a lone surrogate does not survive in attribute metadata.
        var key = "lone" + (char)0xD800;

        Assert.False(TableKeys.IsValid(key));
        Assert.Throws<ArgumentException>(() => new TableEntity("p", key));
    }

    [Fact]
    public void Validate_LongerThanOneKiB_Throws()
    {
        Assert.True(TableKeys.IsValid(new string('k', 512)));
        Assert.False(TableKeys.IsValid(new string('k', 513)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("o'brien")]
    [InlineData("a b%20c")]
    [InlineData("Zürich😀")]
    [InlineData("x') or (PartitionKey ne '")]
    public void IsValid_AllowedKeys_AreAccepted(string key)
    {
        Assert.True(TableKeys.IsValid(key));
    }

    [Fact]
    public void UrlLiteral_QuoteAndSpace_DoublesQuotesThenPercentEncodes()
    {
        Assert.Equal("it%27%27s%202026", TableKeys.UrlLiteral("it's 2026"));
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("1abc")]
    [InlineData("ab-cd")]
    [InlineData("tables")]
    public void ValidateTableName_Invalid_Throws(string name)
    {
        Assert.Throws<ArgumentException>(() => TableKeys.ValidateTableName(name));
    }
}
