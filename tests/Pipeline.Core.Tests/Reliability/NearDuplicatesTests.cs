using Pipeline.Core.Reliability.Copies;

namespace Pipeline.Core.Tests.Reliability;

public class NearDuplicatesTests
{
    private const string Wire = "Russia and Ukraine each released 390 prisoners on Friday in the largest exchange of the war, officials in Kyiv and Moscow said, adding that more swaps would follow over the weekend as part of the deal agreed in Istanbul.";

    [Fact]
    public void Find_RepunctuatedCopy_MapsToOriginal()
    {
        var copy = Wire.Replace(",", string.Empty, StringComparison.Ordinal).ToUpperInvariant() + " (Reuters)";
        var other = "The city council approved a new budget for schools and parks on Tuesday after a long debate about taxes and the cost of repairs to the old bridge.";

        var groups = NearDuplicates.Find([("a1", Wire), ("a2", copy), ("a3", other)]);

        Assert.Equal("a1", groups["a2"]);
        Assert.False(groups.ContainsKey("a3"));
        Assert.False(groups.ContainsKey("a1"));
    }
}
