namespace Pipeline.Core.Claims;

/// <summary>Claims in text order: by start, end and kind; claims equal on all three keep the order they were found in.</summary>
internal static class ClaimOrder
{
    private const int IndexBits = 32;
    private const int KindBits = 8;
    private const int EndShift = IndexBits + KindBits;
    private const int StartShift = EndShift + 32;

    public static List<Claim> Sorted(List<ClaimDraft> drafts, Func<ClaimDraft, int, Claim> finish)
    {
        var claims = new Claim[drafts.Count];
        var keys = new Int128[drafts.Count];
        for (var i = 0; i < claims.Length; i++)
        {
            claims[i] = finish(drafts[i], i);
            keys[i] = Key(claims[i], i);
        }

        // Start, end, kind and the finding order packed in one integer: a plain sort of numbers, stable through the
        // index in the low bits, where a comparison delegate over claims was a visible share of finishing.
        Array.Sort(keys);
        var sorted = new List<Claim>(claims.Length);
        foreach (var key in keys)
        {
            sorted.Add(claims[(int)(uint)(key & uint.MaxValue)]);
        }

        return sorted;
    }

    private static Int128 Key(Claim claim, int index) =>
        ((Int128)(uint)claim.Start << StartShift) | ((Int128)(uint)claim.End << EndShift) | ((Int128)(uint)claim.Kind << IndexBits) | (uint)index;
}
