namespace Pipeline.Core.Reliability.Methods;

/// <summary>
/// Hashes a packed source pair well. long.GetHashCode xors the halves, i.e. a ^ b for a pair key, which puts
/// millions of pairs into a few thousand buckets and turns copy detection quadratic.
/// </summary>
internal sealed class PairKeyComparer : IEqualityComparer<long>
{
    public static PairKeyComparer Instance { get; } = new();

    public bool Equals(long x, long y) => x == y;

    public int GetHashCode(long obj)
    {
        unchecked
        {
            var x = (ulong)obj;
            x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
            x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
            return (int)(x ^ (x >> 31));
        }
    }
}
