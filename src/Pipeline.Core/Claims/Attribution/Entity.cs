namespace Pipeline.Core.Claims.Attribution;

/// <summary>
/// A known name: its canonical form, its type (GPE, PERSON, ORG), and the state it stands for as a party to events,
/// if any ("Kyiv" and "the Kremlin" stand for their countries; a venue such as Istanbul for none).
/// </summary>
internal readonly record struct Entity(string Canonical, string Type, string? Party);
