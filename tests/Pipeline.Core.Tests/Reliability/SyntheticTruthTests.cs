using Pipeline.Core.Reliability.Evaluation;
using Pipeline.Core.Reliability.Methods;

namespace Pipeline.Core.Tests.Reliability;

/// <summary>
/// A DAFNA-style generator with known source accuracies, a long tail of small sources and copiers that repeat an
/// original's values (errors included) on most facts they share with it.
/// </summary>
public class SyntheticTruthTests
{
    private const int Sources = 60;
    private const int Copiers = 4;
    private const int Facts = 600;

    [Fact]
    public void Run_Default_DetectsCopiersAndRecoversAccuracies()
    {
        var (problem, accuracy) = Generate(new Random(42));

        var result = TruthMethods.Default().Run(problem);

        var independent = Enumerable.Range(Copiers, Sources - Copiers).ToList();
        var rho = Statistics.Spearman(independent.Select(s => result.Sources[s].Accuracy).ToList(), independent.Select(s => accuracy[s]).ToList());
        Assert.True(rho >= 0.9, $"spearman {rho:0.000}");
        for (var c = 0; c < Copiers; c++)
        {
            Assert.True(result.Dependencies.Any(d => d.SourceA == $"copier{c}" || d.SourceB == $"copier{c}"), string.Join("; ", result.Dependencies.Take(8)) + $" acc={accuracy[Sources - 1]}");
        }

        var correct = Enumerable.Range(0, Facts).Count(f => result.Truth[f] == 0);
        Assert.True(correct >= 0.9 * Facts, $"{correct} of {Facts}");
    }

    private static (TruthProblem Problem, double[] Accuracy) Generate(Random random)
    {
        var names = Enumerable.Range(0, Sources).Select(s => s < Copiers ? $"copier{s}" : $"s{s:D3}").ToList();
        var accuracy = names.Select(_ => 0.3 + (0.65 * random.NextDouble())).ToArray();
        var claims = Enumerable.Range(0, Facts).Select(_ => new Dictionary<int, int>()).ToArray();
        for (var s = Copiers; s < Sources; s++)
        {
            // Long tail: a few sources cover most facts, most cover only 20 to 60.
            var coverage = s < Copiers + 6 ? 0.6 : (20 + random.Next(40)) / (double)Facts;
            for (var f = 0; f < Facts; f++)
            {
                if (random.NextDouble() < coverage)
                {
                    claims[f][s] = random.NextDouble() < accuracy[s] ? 0 : 1 + random.Next(5);
                }
            }
        }

        var original = Sources - 1;
        for (var c = 0; c < Copiers; c++)
        {
            accuracy[c] = accuracy[original];
            foreach (var fact in claims.Where(x => x.ContainsKey(original) && random.NextDouble() < 0.9))
            {
                fact[c] = fact[original];
            }
        }

        // The realised share of true claims: what gold would measure, free of the generator's sampling noise.
        var realised = Enumerable.Range(0, Sources)
            .Select(s => claims.Where(f => f.ContainsKey(s)).Select(f => f[s] == 0 ? 1.0 : 0.0).DefaultIfEmpty(0).Average()).ToArray();
        var facts = claims.Select((votes, f) => new TruthFact($"f{f}", 6, votes.OrderBy(v => v.Key).Select(v => new TruthClaim(v.Key, v.Value, 1)).ToArray())).ToArray();
        return (new TruthProblem(names, facts), realised);
    }
}
