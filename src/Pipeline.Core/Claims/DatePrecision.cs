namespace Pipeline.Core.Claims;

public enum DatePrecision
{
    Day,
    Week,
    Month,
    Year,
}
