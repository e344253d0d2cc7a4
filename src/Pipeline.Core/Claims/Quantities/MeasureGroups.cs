namespace Pipeline.Core.Claims.Quantities;

/// <summary>
/// Which measure groups of <c>Lexicons/measures.txt</c> count people and which count weapons, in one place: the
/// readers that join two nouns ("soldiers and journalists"), name a date's event by the people in its clause, or carry a
/// frame to the next sentence (prisoners are freed, drones are launched) must agree on it.
/// </summary>
internal static class MeasureGroups
{
    private static readonly HashSet<string> People = new(
        ["persons", "military", "civilians", "children", "police", "journalists", "diplomats", "employees", "crew", "rescuers", "doctors", "nurses", "teachers", "lawmakers", "economists", "analysts", "casualties"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> Weapons = new(["missiles", "drones", "rockets", "shells", "bombs", "munitions"], StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PeopleBySpan = People.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WeaponsBySpan = Weapons.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the group counts people; a key's suffix ("persons-compared", "persons-cumulative") is ignored.</summary>
    public static bool IsPeople(string group) => PeopleBySpan.Contains(Base(group));

    /// <summary>Whether the group counts weapons fired or shot down.</summary>
    public static bool IsWeapon(string group) => WeaponsBySpan.Contains(Base(group));

    private static ReadOnlySpan<char> Base(string group) => group.AsSpan(0, group.IndexOf('-') is var dash and >= 0 ? dash : group.Length);
}
