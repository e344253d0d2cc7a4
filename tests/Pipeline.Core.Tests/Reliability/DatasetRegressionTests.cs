using Pipeline.Core.Reliability.Evaluation;
using Pipeline.Core.Reliability.Methods;
using Pipeline.Core.Tests.Support;

namespace Pipeline.Core.Tests.Reliability;

/// <summary>Regression guards on the benchmark datasets; margins sit just below what was measured (docs/benchmarks.md ("Truth discovery")).</summary>
public class DatasetRegressionTests
{
    [Theory]
    [InlineData("population", 0.807, 0.82)]
    [InlineData("book", 0.75, 0.92)]
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
