using System.Globalization;
using Xunit.Abstractions;

namespace Pipeline.Core.Tests.Claims.Gold;

/// <summary>The dev gold gate: core-tier recall and precision, qualifiers, dates and non-claims on the five seeds.</summary>
public class DevGoldTests(ITestOutputHelper output)
{
    [Fact]
    public void Extract_SeedsCoreTier_MeetsRecallPrecisionAndQualifierGates()
    {
        var report = GoldReport.Score(gold => gold.IsCore);
        Print("core", report);

        var (recall, precision) = report.Totals();
        Assert.True(recall >= 0.95, $"core value recall {recall:P1}");
        Assert.True(precision >= 0.90, $"core precision {precision:P1}");
        Assert.True(report.QualifierRight >= 0.95 * report.Matched, $"qualifier right on {report.QualifierRight}/{report.Matched}");
    }

    [Fact]
    public void Extract_SeedsCoreDates_ResolvesEveryDateToTheGoldIsoValue()
    {
        var report = GoldReport.Score(gold => gold.IsCore && gold.Type.StartsWith("date", StringComparison.Ordinal));

        Assert.Empty(report.Misses);
    }

    [Fact]
    public void Extract_SeedNonClaims_ProduceNoClaim()
    {
        var report = GoldReport.Score(_ => true);

        Assert.Empty(report.NonClaimHits);
    }

    [Fact]
    public void Extract_SeedsAllTiers_PrintsPrecisionAndRecallPerType()
    {
        var report = GoldReport.Score(_ => true);
        Print("all tiers", report);

        Assert.True(report.Matched > 0);
    }

    private void Print(string tier, GoldReport report)
    {
        output.WriteLine($"{tier}: type recall precision (found/gold, right/predicted)");
        foreach (var (type, v) in report.ByType.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var recall = v.Gold == 0 ? double.NaN : (double)v.Found / v.Gold;
            var precision = v.Predicted == 0 ? double.NaN : (double)v.Right / v.Predicted;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {type,-12} R {recall,6:P1} ({v.Found}/{v.Gold})  P {precision,6:P1} ({v.Right}/{v.Predicted})"));
        }

        var (r, p) = report.Totals();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  total        R {r:P1}  P {p:P1}  qualifier {report.QualifierRight}/{report.Matched}"));
        report.Misses.ForEach(m => output.WriteLine($"  miss  {m}"));
        report.Wrong.ForEach(w => output.WriteLine($"  wrong {w}"));
        report.NonClaimHits.ForEach(n => output.WriteLine($"  non-claim hit {n}"));
    }
}
