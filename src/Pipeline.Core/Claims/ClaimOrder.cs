namespace Pipeline.Core.Claims;

/// <summary>Claims in text order: by start, end and kind; claims equal on all three keep the order they were found in.</summary>
internal static class ClaimOrder
{
    public static List<Claim> Sorted(List<ClaimDraft> drafts, Func<ClaimDraft, int, Claim> finish)
    {
        var claims = new Claim[drafts.Count];
        var order = new int[drafts.Count];
        for (var i = 0; i < claims.Length; i++)
        {
            (claims[i], order[i]) = (finish(drafts[i], i), i);
        }

        // Sorting indices with the index as the last key makes the unstable Array.Sort stable.
        Array.Sort(order, (a, b) => Compare(claims[a], claims[b]) is var byText and not 0 ? byText : a.CompareTo(b));
        var sorted = new List<Claim>(claims.Length);
        foreach (var index in order)
        {
            sorted.Add(claims[index]);
        }

        return sorted;
    }

    private static int Compare(Claim left, Claim right)
    {
        var byStart = left.Start.CompareTo(right.Start);
        var byEnd = byStart != 0 ? byStart : left.End.CompareTo(right.End);
        return byEnd != 0 ? byEnd : left.Kind.CompareTo(right.Kind);
    }
}
