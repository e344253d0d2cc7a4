using System.Globalization;
using System.Text;
using Pipeline.Core.Articles;
using Pipeline.Core.Claims;
using Pipeline.Core.Claims.Numbers;

namespace Pipeline.Core.Tests.Claims.Properties;

/// <summary>Hand-rolled property tests with a seeded <see cref="Random"/>, so every failure reproduces.</summary>
public class ExtractionPropertyTests
{
    private const int Cases = 500;

    [Fact]
    public void Numbers_AnyIntegerWithAnySeparatorStyle_ParsesBackToItself()
    {
        var random = new Random(20250523);
        for (var n = 0; n < Cases; n++)
        {
            var value = random.NextInt64(1000, 10_000_000_000);
            var separator = ",. \u00A0\u202F"[random.Next(5)];
            var written = Group(value, separator);

            var numbers = NumberNormalizer.Numbers($"officials said {written} prisoners were freed");

            Assert.True(numbers.Count == 1, $"'{written}' gave {numbers.Count} numbers");
            Assert.Equal(value, numbers[0].Value);
        }
    }

    [Fact]
    public void Numbers_AnyDecimalWrittenPlainly_ParsesBackToItself()
    {
        var random = new Random(7);
        for (var n = 0; n < Cases; n++)
        {
            var value = Math.Round(random.NextDouble() * 1000, 2);
            var written = value.ToString("0.0#", CultureInfo.InvariantCulture);

            var numbers = NumberNormalizer.Numbers($"a rise of {written} points");

            Assert.Equal(value, numbers.Single().Value!.Value, 6);
        }
    }

    [Fact]
    public void Extract_ArbitraryUnicode_NeverThrowsAndSpansPointIntoTheText()
    {
        var random = new Random(42);
        for (var n = 0; n < Cases; n++)
        {
            var text = RandomText(random, random.Next(0, 400));
            var article = new Article(ArticleId.FromText(text), "fuzz", new DateOnly(2025, 5, 23), null, text, null);

            foreach (var claim in ClaimExtractor.Extract(article))
            {
                Assert.Equal(claim.Text, text[claim.Start..claim.End]);
            }
        }
    }

    [Fact]
    public void Extract_ArbitraryUnicodeWithoutADate_NeverThrowsWhileInferringOne()
    {
        // Undated articles take the inference path first (PublicationDateInference), which reads the text on its own.
        var random = new Random(43);
        for (var n = 0; n < Cases; n++)
        {
            var text = RandomText(random, random.Next(0, 400));
            var article = new Article(ArticleId.FromText(text), "fuzz", null, null, text, null);

            foreach (var claim in ClaimExtractor.Extract(article))
            {
                Assert.Equal(claim.Text, text[claim.Start..claim.End]);
            }
        }
    }

    [Theory]
    [InlineData("May was quiet in 2024.", 2024)]
    [InlineData("June 3 (Reuters) - Talks resumed in 2025, officials said.", 2025)]
    public void Infer_MonthOpeningTheText_NeedsNoDayBeforeIt(string text, int year)
    {
        // A month as the first token once made the dateline check read the token before the text.
        var (date, _) = PublicationDateInference.Infer(text);

        Assert.Equal(year, date?.Year);
    }

    private static string Group(long value, char separator)
    {
        var digits = value.ToString(CultureInfo.InvariantCulture);
        var builder = new StringBuilder();
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0)
            {
                builder.Append(separator);
            }

            builder.Append(digits[i]);
        }

        return builder.ToString();
    }

    /// <summary>Mixes news-like fragments with random code points, including surrogates, controls and quote marks.</summary>
    private static string RandomText(Random random, int length)
    {
        string[] fragments = [" 1,000", " May 16", " last Friday", " “", "”", "\"", " nearly", " 3/4", "-for-", " two-hour", " %", ".", "\n", " since", " each"];
        var builder = new StringBuilder();
        while (builder.Length < length)
        {
            if (random.Next(3) == 0)
            {
                builder.Append(fragments[random.Next(fragments.Length)]);
            }
            else
            {
                builder.Append((char)random.Next(0, 0x10000));
            }
        }

        return builder.ToString();
    }
}
