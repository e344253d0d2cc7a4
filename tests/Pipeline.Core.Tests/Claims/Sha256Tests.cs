using System.Security.Cryptography;
using System.Text;
using Pipeline.Core.Articles;
using Pipeline.Core.Claims;

namespace Pipeline.Core.Tests.Claims;

/// <summary>The managed SHA-256 behind claim ids agrees with the platform's, so ids stay the same as they always were.</summary>
public class Sha256Tests
{
    [Fact]
    public void Hash_OfAbc_IsTheFipsExample()
    {
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Managed(Encoding.ASCII.GetBytes("abc")));
    }

    [Fact]
    public void Hash_OfEveryLengthAcrossTwoBlocksAndPadding_MatchesThePlatform()
    {
        var random = new Random(7);
        for (var length = 0; length <= 200; length++)
        {
            var message = new byte[length];
            random.NextBytes(message);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(message)), Managed(message));
        }
    }

    [Theory]
    [InlineData(ClaimKind.Count, 0, 12)]
    [InlineData(ClaimKind.DateRange, 1_234_567, 2_147_483_647)]
    public void ClaimId_IsTheFirst16HexDigitsOfTheKeysSha256(ClaimKind kind, int start, int end)
    {
        var article = ArticleId.FromText("Some article text.");
        var key = $"{article.Value}:{ContractNames.Of(kind)}:{start}:{end}";
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16], ClaimIds.For(article, kind, start, end));
    }

    [Fact]
    public void ClaimIds_OfManyClaimsAtOnce_AreTheIdsOneByOne()
    {
        // 37 claims: lanes of eight and a part-filled one, keys of one block and of two (long offsets, long kind names).
        var article = ArticleId.FromText("Some article text.");
        var random = new Random(11);
        var kinds = Enum.GetValues<ClaimKind>();
        var claims = Enumerable.Range(0, 37)
            .Select(i => (Kind: kinds[i % kinds.Length], Start: random.Next(i % 3 == 0 ? int.MaxValue : 1000), End: random.Next(i % 2 == 0 ? int.MaxValue : 1000)))
            .ToArray();
        var ids = ClaimIds.For(article, claims);
        Assert.Equal(claims.Select(claim => ClaimIds.For(article, claim.Kind, claim.Start, claim.End)), ids);
    }

    [Fact]
    public void ClaimIds_AtEachDigitCount_AreThePlatformsHashOfTheKey()
    {
        // Offsets where the written key gains a digit, and a negative one the lanes leave to the text formatting.
        var article = ArticleId.FromText("Some article text.");
        int[] offsets = [0, 9, 10, 99, 100, 9_999, 10_000, 99_999, 100_000, 999_999_999, 1_000_000_000, int.MaxValue, -1];
        var claims = offsets.Select((offset, i) => (Kind: i % 2 == 0 ? ClaimKind.Count : ClaimKind.DateRange, Start: offset, End: offsets[^(i + 1)])).ToArray();
        var ids = ClaimIds.For(article, claims);
        var expected = claims.Select(claim =>
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{article.Value}:{ContractNames.Of(claim.Kind)}:{claim.Start}:{claim.End}")))[..16]);
        Assert.Equal(expected, ids);
    }

    private static string Managed(byte[] message)
    {
        var digest = new byte[Sha256.HashBytes];
        Sha256.Hash(message, digest);
        return Convert.ToHexStringLower(digest);
    }
}
