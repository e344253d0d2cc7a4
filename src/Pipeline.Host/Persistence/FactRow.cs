using System.Text.Json;
using Pipeline.Core.Reliability;
using Pipeline.Host.Contracts;
using Pipeline.Storage.Tables;

namespace Pipeline.Host.Persistence;

/// <summary>A fact's consensus, partitioned by what it measures so related facts sit together and partitions stay small.</summary>
public static class FactRow
{
    public static string PartitionOf(string factKey) => SafeKey(factKey.Split('|')[0]);

    public static TableEntity ToEntity(FactConsensus fact, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return new TableEntity(PartitionOf(fact.FactKey), SafeKey(fact.FactKey))
        {
            ["FactKey"] = fact.FactKey,
            ["Value"] = fact.Value,
            ["Confidence"] = fact.Confidence,
            ["Sources"] = string.Join(',', fact.AgreeingSources),
            ["Conflicts"] = JsonSerializer.Serialize(fact.Conflicts, ContractJson.Options),
            ["Contested"] = fact.IsContested,
            ["SourceCount"] = fact.AgreeingSources.Count + fact.Conflicts.Count,
            ["UpdatedAt"] = now,
        };
    }

    public static FactDto ToDto(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var conflicts = JsonSerializer.Deserialize<List<SourceValue>>(entity.GetString("Conflicts") ?? "[]", ContractJson.Options) ?? [];
        var sources = (entity.GetString("Sources") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries);
        return new FactDto(
            entity.GetString("FactKey") ?? entity.RowKey,
            entity.GetDouble("Value"),
            entity.GetDouble("Confidence") ?? 0,
            sources,
            conflicts.Select(c => new ConflictDto(c.Source, c.Value, c.ClaimId)).ToList(),
            entity.GetBoolean("Contested") ?? false);
    }

    /// <summary>Table keys forbid / \ # ? and control characters; fact keys are built from words, but be certain.</summary>
    public static string SafeKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var safe = new string(key.Select(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c) ? '_' : c).ToArray());
        return safe.Length <= TableKeys.MaxLength ? safe : safe[..(TableKeys.MaxLength - 33)] + "~" + KeyHash.Of(key);
    }
}

public sealed record FactDto(string FactKey, double? Value, double Confidence, IReadOnlyList<string> AgreeingSources, IReadOnlyList<ConflictDto> Conflicts, bool Contested);

public sealed record ConflictDto(string Source, double? Value, string ClaimId);
