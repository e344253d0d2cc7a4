using System.Text.Json;
using Pipeline.Core.Claims;
using Pipeline.Core.Claims.Dates;
using Pipeline.Host.Contracts;
using Pipeline.Storage.Tables;

namespace Pipeline.Host.Persistence;

/// <summary>
/// A claim row: partitioned by article (deterministic keys, so re-extraction overwrites and never duplicates),
/// holding the contract JSON for the API plus the fields the rollup and the consistency checks read.
/// </summary>
public static class ClaimRow
{
    public static readonly IReadOnlyList<string> RollupColumns =
        ["PartitionKey", "RowKey", "Source", "Kind", "FactKey", "Number", "Lower", "Upper", "Unit", "Qualifier", "Hedged", "Attribution",
         "Measure", "Scope", "Frame", "DateStart", "DateEnd", "Precision", "Headline",
         "RefersTo", "CurrentEvent"];

    public static TableEntity ToEntity(string articleId, string source, Claim claim, int headlineEnd)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var json = JsonSerializer.Serialize(ClaimDto.From(claim), ContractJson.Options);
        return new TableEntity(articleId, claim.Id)
        {
            ["Source"] = source,
            ["Kind"] = ContractNames.Of(claim.Kind),
            ["FactKey"] = claim.FactKey,
            ["Start"] = claim.Start,
            ["Number"] = claim.Quantity?.Number,
            ["Lower"] = claim.Quantity?.Lower,
            ["Upper"] = claim.Quantity?.Upper,
            ["Unit"] = claim.Quantity?.Unit,
            ["Qualifier"] = ContractNames.Of(claim.Qualifier),
            ["Hedged"] = claim.Hedged,
            ["Attribution"] = claim.Attribution,
            ["Measure"] = claim.Measure,
            ["Scope"] = claim.Scope is { } scope ? ContractNames.Of(scope) : null,
            ["Frame"] = claim.EventFrame,
            ["DateStart"] = claim.Temporal?.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["DateEnd"] = claim.Temporal?.End?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Precision"] = claim.Temporal is { } t ? ContractNames.Of(t.Precision) : null,
            ["Headline"] = claim.Start < headlineEnd,
            ["RefersTo"] = IsoPeriod.Of(claim.RefersTo),
            ["CurrentEvent"] = claim.CurrentEvent,
            ["Json"] = json.Length <= 32_000 ? json : JsonSerializer.Serialize(ClaimDto.From(claim with { Sentence = claim.Sentence[..1000] }), ContractJson.Options),
        };
    }
}
