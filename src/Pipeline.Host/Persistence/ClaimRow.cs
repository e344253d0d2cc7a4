using System.Text.Json;
using Pipeline.Core.Claims;
using Pipeline.Core.Reliability;
using Pipeline.Host.Contracts;
using Pipeline.Storage.Tables;

namespace Pipeline.Host.Persistence;

/// <summary>
/// A claim row: partitioned by article (deterministic keys, so re-extraction overwrites and never duplicates),
/// holding the contract JSON for the API plus the fields the rollup reads.
/// </summary>
public static class ClaimRow
{
    public static readonly IReadOnlyList<string> RollupColumns = ["PartitionKey", "RowKey", "Source", "FactKey", "Number", "Lower", "Upper", "Qualifier", "Hedged", "Unit"];

    public static TableEntity ToEntity(string articleId, string source, Claim claim)
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
            ["Json"] = json.Length <= 32_000 ? json : JsonSerializer.Serialize(ClaimDto.From(claim with { Sentence = claim.Sentence[..1000] }), ContractJson.Options),
        };
    }

    /// <summary>The rollup's view of a claim; null for claims with no comparable value (quotes).</summary>
    public static ClaimObservation? ToObservation(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var number = entity.GetDouble("Number");
        var lower = entity.GetDouble("Lower");
        var upper = entity.GetDouble("Upper");
        if (number is null && lower is null && upper is null)
        {
            return null;
        }

        _ = ContractNames.TryParseQualifier(entity.GetString("Qualifier"), out var qualifier);
        return new ClaimObservation(
            entity.GetString("Source") ?? string.Empty,
            entity.PartitionKey,
            entity.RowKey,
            entity.GetString("FactKey") ?? string.Empty,
            new Quantity(number, entity.GetString("Unit"), lower, upper),
            qualifier,
            entity.GetBoolean("Hedged") ?? false);
    }
}
