using System.Security.Cryptography;
using System.Text;

namespace Pipeline.Host.Persistence;

/// <summary>Spreads rows over 256 partitions by a hash, keeping each partition small (Azurite slows as partitions grow).</summary>
public static class KeyHash
{
    public static string Of(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..32];

    public static string Bucket(string hexKey)
    {
        ArgumentNullException.ThrowIfNull(hexKey);
        return hexKey[..2];
    }
}
