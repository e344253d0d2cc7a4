namespace Pipeline.Core.Claims.Attribution;

/// <summary>
/// A source named at token <see cref="Token"/> of its sentence (no <see cref="Name"/> when the text names no one the
/// reader can tell); <see cref="Trails"/> when it follows what it reports.
/// </summary>
internal readonly record struct Speaker(int Token, string? Name, bool Trails);
