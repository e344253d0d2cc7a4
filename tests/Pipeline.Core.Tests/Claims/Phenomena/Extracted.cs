using System.Globalization;
using Pipeline.Core.Articles;
using Pipeline.Core.Claims;

namespace Pipeline.Core.Tests.Claims.Phenomena;

/// <summary>Extracts claims from an invented sentence published on a given day.</summary>
internal static class Extracted
{
    public static IReadOnlyList<Claim> From(string text, string published = "2025-03-14") =>
        ClaimExtractor.Extract(new Article(ArticleId.FromText(text), "test", DateOnly.Parse(published, CultureInfo.InvariantCulture), null, text, null));

    public static Claim Single(string text, string span, string published = "2025-03-14") =>
        From(text, published).Single(c => c.Text.Contains(span, StringComparison.Ordinal) || span.Contains(c.Text, StringComparison.Ordinal));

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
