using Pipeline.Core.Reliability.Evaluation;
using Pipeline.Core.Reliability.Methods;
using Pipeline.Core.Tests.Support;

namespace Pipeline.Core.Tests.Reliability;

/// <summary>Regression guards on the benchmark datasets; margins sit just below what was measured (docs/benchmarks.md ("Truth discovery")).</summary>
public class DatasetRegressionTests
{
    [Theory]
    [InlineData("population", 0.807, 0.83)]
    [InlineData("book", 0.75, 0.94)]
    [InlineData("heritages", 0.369, 0.48)]
    public void Run_DefaultMethod_BeatsMajorityVote(string name, double majority, double floor)
    {
        var dataset = Load(name);

        var baseline = TruthEvaluation.Run(dataset, new MajorityVote());
        var best = TruthEvaluation.Run(dataset, TruthMethods.Default());

        Assert.Equal(majority, baseline.Accuracy, 3);
        Assert.True(best.Accuracy >= floor, $"{name}: {best}");
        Assert.True(best.Accuracy > baseline.Accuracy, $"{name}: {best} vs {baseline}");
    }

    /// <summary>
    /// The 95% source intervals hold the accuracy measured on gold (Book: silver) for 0.85–0.99 of the sources with
    /// at least five evaluated claims (measured: Book 0.970, Heritages 0.921). Population is left out (measured 0.50):
    /// its 16 such sources are measured on 5–16 gold items each, and on those contested census cities the bot that
    /// out-votes the regular editors is wrong 19% of the time, so the bot is rated too high and the editors too low
    /// (docs/benchmarks.md).
    /// </summary>
    [Theory]
    [InlineData("book")]
    [InlineData("heritages")]
    public void Run_DefaultMethod_IntervalsCoverMeasuredAccuracy(string name)
    {
        var metrics = TruthEvaluation.Run(Load(name), TruthMethods.Default());

        Assert.InRange(metrics.Coverage, 0.85, 0.99);
    }

    internal static TruthDataset Load(string name)
    {
        var readers = TruthDatasets.FilesOf(name)
            .Select(f => (TextReader)new StreamReader(SharedFolder.PathOf("datasets", f), TruthDatasets.EncodingOf(name)))
            .ToList();
        try
        {
            return TruthDatasets.Parse(name, readers);
        }
        finally
        {
            readers.ForEach(r => r.Dispose());
        }
    }
}
