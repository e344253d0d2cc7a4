namespace Pipeline.Core.Claims.Numbers;

/// <summary>How a number was written; claims treat bare number words more cautiously than digits.</summary>
public enum NumberForm
{
    Digits,
    Words,
    Fraction,
}
