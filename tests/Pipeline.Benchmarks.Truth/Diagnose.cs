using Pipeline.Core.Reliability.Evaluation;
using Pipeline.Core.Reliability.Methods;

namespace Pipeline.Benchmarks.Truth;

/// <summary>Prints misses and per-source estimates for one dataset and method: a debugging aid, not a metric.</summary>
internal static class Diagnose
{
    public static int Run(string[] args)
    {
        var root = args[0];
        var name = args[1];
        var readers = TruthDatasets.FilesOf(name).Select(f => (TextReader)new StreamReader(Path.Combine(root, f), TruthDatasets.EncodingOf(name))).ToArray();
        var dataset = TruthDatasets.Parse(name, readers);
        var result = TruthMethods.Create(args[2]).Run(dataset.Problem);
        foreach (var g in dataset.Gold.Where(g => !g.Exact.Contains(result.Truth[g.Fact])).Take(int.Parse(args.ElementAtOrDefault(3) ?? "15")))
        {
            var fact = dataset.Problem.Facts[g.Fact];
            var labels = dataset.Labels[g.Fact];
            Console.WriteLine($"MISS {fact.Key} gold=[{string.Join(" | ", g.Exact.Select(i => labels[i]))}] got={labels[result.Truth[g.Fact]]}");
            foreach (var c in fact.Claims)
            {
                var s = result.Sources[c.Source];
                Console.WriteLine($"   {labels[c.Candidate],-50} {dataset.Problem.Sources[c.Source],-30} acc={s.Accuracy:0.00} ev={s.Evidence:0}");
            }
        }

        foreach (var (source, accuracy, claims) in TruthEvaluation.TrueSourceAccuracy(dataset, 5))
        {
            var s = result.Sources[source];
            Console.WriteLine($"SRC {dataset.Problem.Sources[source],-30} true={accuracy:0.000} n={claims} est={s.Accuracy:0.000} [{s.Lower:0.000},{s.Upper:0.000}] ev={s.Evidence:0}");
        }

        foreach (var d in result.Dependencies.Take(10))
        {
            Console.WriteLine($"DEP {d}");
        }

        return 0;
    }
}
