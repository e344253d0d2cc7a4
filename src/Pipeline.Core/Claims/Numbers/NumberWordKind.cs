namespace Pipeline.Core.Claims.Numbers;

/// <summary>The role a number word plays when a spelled-out number is evaluated.</summary>
internal enum NumberWordKind
{
    Unit,
    Scale,
    Ordinal,
    Denominator,
    Dozen,
}
