using Pipeline.Core.Reliability.Evaluation;
using Pipeline.Core.Reliability.Methods;

namespace Pipeline.Core.Tests.Reliability;

/// <summary>
/// A DAFNA-style generator with known source accuracies, a long tail of small sources (every one making at least 20
/// claims) and copiers that repeat an original's values (errors included) on most facts they share with it.
/// </summary>
public class SyntheticTruthTests
{
    private const int Sources = 60;
    private const int Copiers = 4;
    private const int Facts = 600;
    private const int Original = Sources - 1;

    [Theory]
    [InlineData(42)]
    [InlineData(7)]
    [InlineData(2026)]
    public void Run_Default_DetectsEveryCopierAndNoIndependentPair(int seed)
    {
        var (problem, _) = Generate(new Random(seed));

        var result = TruthMethods.Default().Run(problem);

        for (var c = 0; c < Copiers; c++)
        {
            Assert.Contains(result.Dependencies, d => IsCopyPair(d.SourceA, d.SourceB) && Involves(d, $"copier{c}"));
        }

        var falsePairs = result.Dependencies.Where(d => !IsCopyPair(d.SourceA, d.SourceB)).ToList();
        Assert.True(falsePairs.Count == 0, "false copy pairs: " + string.Join("; ", falsePairs.Take(5)));
    }

    [Theory]
    [InlineData(42)]
    [InlineData(7)]
    [InlineData(2026)]
    public void Run_Default_RecoversAccuraciesAndTruths(int seed)
    {
        var (problem, accuracy) = Generate(new Random(seed));

        var result = TruthMethods.Default().Run(problem);

        var all = Enumerable.Range(0, Sources).ToList();
        Assert.True(all.All(s => problem.Facts.Count(f => f.Claims.Any(c => c.Source == s)) >= 20), "every source makes at least 20 claims");
        var rho = Statistics.Spearman(all.Select(s => result.Sources[s].Accuracy).ToList(), all.Select(s => accuracy[s]).ToList());
        Assert.True(rho >= 0.9, $"spearman {rho:0.000}");
        var correct = Enumerable.Range(0, Facts).Count(f => result.Truth[f] == 0);
        Assert.True(correct >= 0.9 * Facts, $"{correct} of {Facts}");
    }

    /// <summary>A pair that really copies: a copier with the original or with another copier of it.</summary>
    private static bool IsCopyPair(string a, string b) => IsCopySide(a) && IsCopySide(b);

    private static bool IsCopySide(string name) => name.StartsWith("copier", StringComparison.Ordinal) || name == $"s{Original:D3}";

    private static bool Involves(SourceDependence d, string source) => d.SourceA == source || d.SourceB == source;

    private static (TruthProblem Problem, double[] Accuracy) Generate(Random random)
    {
        var names = Enumerable.Range(0, Sources).Select(s => s < Copiers ? $"copier{s}" : $"s{s:D3}").ToList();
        var accuracy = names.Select(_ => 0.3 + (0.65 * random.NextDouble())).ToArray();
        var claims = Enumerable.Range(0, Facts).Select(_ => new Dictionary<int, int>()).ToArray();
        for (var s = Copiers; s < Sources; s++)
        {
            // Long tail: a few sources cover most facts, most cover only 20 to 60.
            var coverage = s < Copiers + 6 || s == Original ? 0.6 : (20 + random.Next(40)) / (double)Facts;
            var claimed = 0;
            for (var f = 0; f < Facts; f++)
            {
                if (random.NextDouble() < coverage || (f >= Facts - 20 && claimed < 20))
                {
                    claims[f][s] = random.NextDouble() < accuracy[s] ? 0 : 1 + random.Next(5);
                    claimed++;
                }
            }
        }

        for (var c = 0; c < Copiers; c++)
        {
            accuracy[c] = accuracy[Original];
            foreach (var fact in claims.Where(x => x.ContainsKey(Original) && random.NextDouble() < 0.9))
            {
                fact[c] = fact[Original];
            }
        }

        // The realised share of true claims: what gold would measure, free of the generator's sampling noise.
        var realised = Enumerable.Range(0, Sources)
            .Select(s => claims.Where(f => f.ContainsKey(s)).Select(f => f[s] == 0 ? 1.0 : 0.0).DefaultIfEmpty(0).Average()).ToArray();
        var facts = claims.Select((votes, f) => new TruthFact($"f{f}", 6, votes.OrderBy(v => v.Key).Select(v => new TruthClaim(v.Key, v.Value, 1)).ToArray())).ToArray();
        return (new TruthProblem(names, facts), realised);
    }
}
