namespace Pipeline.Core.Claims;

/// <summary>Decides whether a count is per side ("each", "from each side", "1,000-for-1,000") or a total.</summary>
public static class ScopeReader
{
    private static readonly string[] PerSideCues = ["each side", "each country", "from each", "per side", "each army", "both sides each", " each"];
    private static readonly string[] TotalCues = ["a total of", "in total", "total of", "altogether", "combined"];

    public static ClaimScope? Read(string text, Range sentence, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsForCompound(text, end))
        {
            return ClaimScope.PerSide;
        }

        var (from, to) = (sentence.Start.Value, sentence.End.Value);
        var before = text[Math.Max(from, start - 40)..start];
        var after = text[end..Math.Min(to, end + 40)];
        if (TotalCues.Any(cue => before.Contains(cue, StringComparison.OrdinalIgnoreCase)))
        {
            return ClaimScope.Total;
        }

        return PerSideCues.Any(cue => before.Contains(cue.Trim(), StringComparison.OrdinalIgnoreCase) || after.Contains(cue, StringComparison.OrdinalIgnoreCase))
            ? ClaimScope.PerSide
            : null;
    }

    /// <summary>"1,000-for-1,000" and "100 for 100" state a per-side figure.</summary>
    public static bool IsForCompound(string text, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rest = text.AsSpan(end);
        return rest.StartsWith("-for-", StringComparison.OrdinalIgnoreCase) || rest.StartsWith(" for ", StringComparison.OrdinalIgnoreCase) && rest.Length > 5 && char.IsDigit(rest[5]);
    }
}
