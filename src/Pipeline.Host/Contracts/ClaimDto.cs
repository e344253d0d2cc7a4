using Pipeline.Core.Claims;
using Pipeline.Core.Claims.Dates;

namespace Pipeline.Host.Contracts;

/// <summary>A claim in the extract contract (ARCHITECTURE "Contracts"). Field names and spellings are a public format.</summary>
public sealed record ClaimDto(
    string Id,
    string Kind,
    string Text,
    int Start,
    int End,
    string Sentence,
    object? Value,
    string Qualifier,
    string Measure,
    string? Scope,
    IReadOnlyList<string> Entities,
    string? Attribution,
    bool Hedged,
    string? HedgeCue,
    string FactKey,
    string? RefersTo)
{
    public static ClaimDto From(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return new ClaimDto(
            claim.Id,
            ContractNames.Of(claim.Kind),
            claim.Text,
            claim.Start,
            claim.End,
            claim.Sentence,
            ValueOf(claim),
            ContractNames.Of(claim.Qualifier),
            claim.Measure,
            claim.Scope is { } scope ? ContractNames.Of(scope) : null,
            claim.Entities,
            claim.Attribution,
            claim.Hedged,
            claim.HedgeCue,
            claim.FactKey,
            IsoPeriod.Of(claim.RefersTo));
    }

    private static object? ValueOf(Claim claim) => claim switch
    {
        { Quantity: { } q } => new QuantityDto(q.Number, q.Unit, q.Lower, q.Upper),
        { Temporal: { } t } => new TemporalDto(t.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), t.End?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ContractNames.Of(t.Precision)),
        _ => null,
    };
}

public sealed record QuantityDto(double? Number, string? Unit, double? Lower, double? Upper);

public sealed record TemporalDto(string Start, string? End, string Precision);
