using Pipeline.Integration.Tests.Support;

namespace Pipeline.Integration.Tests.Cli;

public class TruthEvalCommandTests
{
    [Fact]
    public async Task TruthEval_PopulationMajority_PrintsThePublishedBaseline()
    {
        var (exit, stdout, _) = await ExtractCommandTests.RunAsync("truth-eval", "--dataset", "population", "--method", "majority", "--data", RepositoryPaths.InShared("datasets"));

        Assert.Equal(0, exit);
        Assert.Contains("acc=0.807", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TruthEval_UnknownMethod_IsBadUsage()
    {
        var (exit, _, stderr) = await ExtractCommandTests.RunAsync("truth-eval", "--dataset", "book", "--method", "guess");

        Assert.Equal(2, exit);
        Assert.Contains("guess", stderr, StringComparison.Ordinal);
    }
}
