using System.Runtime.CompilerServices;

namespace Pipeline.Core.Claims;

/// <summary>
/// One article's fact keys, each formatted once: an article's claims share a handful of keys, and formatting one cost
/// more than finding it again.
/// </summary>
internal sealed class FactKeyCache(string parties)
{
    private readonly Dictionary<Parts, string> keys = new(PartsComparer.Instance);

    /// <summary>The key of <see cref="FactKeys"/>; a <paramref name="suffix"/> joins the group with a dash ("people-count").</summary>
    public string For(string group, string? suffix, string? frame, ClaimScope? scope, string period)
    {
        var parts = new Parts(group, suffix, frame, scope, period);
        if (!keys.TryGetValue(parts, out var key))
        {
            key = FactKeys.For(suffix is null ? group : $"{group}-{suffix}", frame, scope, parties, period);
            keys.Add(parts, key);
        }

        return key;
    }

    private readonly record struct Parts(string Group, string? Suffix, string? Frame, ClaimScope? Scope, string Period);

    /// <summary>
    /// Parts compared as references: they are lexicon strings and cached periods, so equal parts are one instance; a
    /// part that is not costs a second entry with the same key, never a wrong one.
    /// </summary>
    private sealed class PartsComparer : IEqualityComparer<Parts>
    {
        public static readonly PartsComparer Instance = new();

        public bool Equals(Parts x, Parts y) =>
            ReferenceEquals(x.Group, y.Group) && ReferenceEquals(x.Suffix, y.Suffix) && ReferenceEquals(x.Frame, y.Frame)
            && x.Scope == y.Scope && ReferenceEquals(x.Period, y.Period);

        public int GetHashCode(Parts obj) => HashCode.Combine(
            RuntimeHelpers.GetHashCode(obj.Group), RuntimeHelpers.GetHashCode(obj.Suffix), RuntimeHelpers.GetHashCode(obj.Frame), obj.Scope, RuntimeHelpers.GetHashCode(obj.Period));
    }
}
