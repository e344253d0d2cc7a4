namespace Pipeline.Core.Reliability.Compatibility;

/// <summary>What a value is, so only like is compared with like: dates in days, durations in days, numbers as stated.</summary>
public enum ValueKind
{
    Number,
    Date,
    Duration,
    Text,
}
