using System.Globalization;
using Pipeline.Core.Claims.Numbers;
using Xunit.Abstractions;

namespace Pipeline.Core.Tests.Claims.Specs;

/// <summary>
/// Runs the number normaliser over Microsoft Recognizers-Text English specs (MIT): numbers, percentages, ordinals and the
/// duration extractor. Cases the spec marks unsupported in .NET and those in out-of-scope.txt (each with its reason) are
/// skipped; the rest must pass at 90% or better. Spans and values are compared key by key.
/// </summary>
public class PeerSpecTests(ITestOutputHelper output)
{
    private const double RequiredPassRate = 0.90;

    [Fact]
    public void Normalizer_RecognizersTextEnglishSpecs_PassesNinetyPercentOfInScopeCases()
    {
        var outOfScope = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Claims", "Specs", "out-of-scope.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('|'))
            .Select(parts => (parts[0], parts[1].Replace("\\n", "\n", StringComparison.Ordinal)))
            .ToHashSet();
        var cases = SpecCase.Load("number", "Number/English/NumberModel.json")
            .Concat(SpecCase.Load("percent", "Number/English/PercentModel.json"))
            .Concat(SpecCase.Load("ordinal", "Number/English/OrdinalModel.json"))
            .Concat(SpecCase.Load("duration", "DateTime/English/DurationExtractor.json"))
            .Where(c => !c.NotSupportedInDotnet && !outOfScope.Contains((c.Model, c.Input)))
            .ToList();

        var failures = cases.Where(c => !Passes(c)).ToList();
        var rate = 1 - ((double)failures.Count / cases.Count);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"in-scope cases {cases.Count}, passed {cases.Count - failures.Count}, pass rate {rate:P1}"));
        foreach (var model in cases.GroupBy(c => c.Model))
        {
            output.WriteLine($"  {model.Key}: {model.Count(c => Passes(c))}/{model.Count()}");
        }

        failures.ForEach(f => output.WriteLine($"  FAIL {f.Model}: '{f.Input}' expected {string.Join(", ", f.Results.Select(r => $"'{r.Text}'={r.Value}@{r.Start}"))} got {string.Join(", ", Run(f).Select(m => $"'{m.Text}'={m.Value}@{m.Start}"))}"));
        Assert.True(rate >= RequiredPassRate, $"pass rate {rate:P1}");
    }

    private static IReadOnlyList<NormalizedMention> Run(SpecCase spec) => spec.Model switch
    {
        "number" => NumberNormalizer.Numbers(spec.Input),
        "percent" => NumberNormalizer.Percentages(spec.Input),
        "ordinal" => NumberNormalizer.Ordinals(spec.Input),
        _ => NumberNormalizer.Durations(spec.Input),
    };

    private static bool Passes(SpecCase spec)
    {
        var actual = Run(spec);
        return actual.Count == spec.Results.Count && actual.Zip(spec.Results).All(pair => Same(pair.First, pair.Second));
    }

    private static bool Same(NormalizedMention actual, SpecResult expected)
    {
        if (actual.Start != expected.Start || actual.End != expected.End || !string.Equals(actual.Text, expected.Text, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (expected.Value is null)
        {
            return true;
        }

        var number = double.Parse(expected.Value.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture);
        return actual.Value is { } value && Math.Abs(value - number) <= 1e-9 * Math.Max(1, Math.Abs(number)) + 1e-9;
    }
}
