namespace Pipeline.Core.Claims;

/// <summary>How firmly a quantity is stated; the conventions of the seed gold's meta.schema.</summary>
public enum Qualifier
{
    Exact,
    Approx,
    Nearly,
    MoreThan,
    AtLeast,
    AtMost,
    LessThan,
    Vague,
    Range,
}
