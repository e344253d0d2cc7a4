namespace Pipeline.Core.Claims.Facts;

/// <summary>The names date claims use for what they date; the rollup and the consistency checks read them back.</summary>
public static class EventDateNames
{
    /// <summary>The measure of a date whose sentence names no event: it cannot be matched across articles.</summary>
    public const string Unidentified = "date";

    /// <summary>The phase of a date in a future clause ("talks will resume on Monday"): a plan, not an event that happened.</summary>
    public const string Planned = "planned";

    /// <summary>The phase of a date with no phase verb: the day the event happened ("the meeting in Istanbul on May 16").</summary>
    public const string OnTheDay = "date";
}
