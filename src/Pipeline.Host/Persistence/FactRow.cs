using System.Text.Json;
using Pipeline.Core.Reliability;
using Pipeline.Host.Contracts;
using Pipeline.Storage.Tables;

namespace Pipeline.Host.Persistence;

/// <summary>
/// A fact's consensus, partitioned by what it measures and a hash bucket of its key: related facts sit in neighbouring
/// partitions, and a common measure ("persons-released") spreads over 256 of them, so none grows past a few thousand rows.
/// </summary>
public static class FactRow
{
    public static string PartitionOf(string factKey)
    {
        ArgumentNullException.ThrowIfNull(factKey);
        return SafeKey(factKey.Split('|')[0]) + "-" + KeyHash.Of(factKey)[..2];
    }

    public static TableEntity ToEntity(FactConsensus fact, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var conflicts = fact.Conflicts.Select(c => new ConflictDto(c.Value.Label, c.Belief, c.Sources, c.ClaimIds)).ToList();
        var copies = fact.Copies.Select(c => new CopyDto(c.Source, c.ArticleId, c.CopyOf, c.ClaimId)).ToList();
        return new TableEntity(PartitionOf(fact.FactKey), SafeKey(fact.FactKey))
        {
            ["FactKey"] = fact.FactKey,
            ["Value"] = fact.Value.IsPoint ? fact.Value.CoreLower : null,
            ["Label"] = fact.Value.Label,
            ["Confidence"] = fact.Confidence,
            ["Sources"] = string.Join(',', fact.AgreeingSources),
            ["Conflicts"] = Capped(JsonSerializer.Serialize(conflicts, ContractJson.Options)),
            ["Copies"] = Capped(JsonSerializer.Serialize(copies, ContractJson.Options)),
            ["Contested"] = fact.IsContested,
            ["SourceCount"] = fact.AgreeingSources.Count + fact.Conflicts.Sum(c => c.Sources.Count),
            ["UpdatedAt"] = now,
        };
    }

    public static FactDto ToDto(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new FactDto(
            entity.GetString("FactKey") ?? entity.RowKey,
            entity.GetDouble("Value"),
            entity.GetString("Label") ?? string.Empty,
            entity.GetDouble("Confidence") ?? 0,
            (entity.GetString("Sources") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries),
            JsonSerializer.Deserialize<List<ConflictDto>>(entity.GetString("Conflicts") ?? "[]", ContractJson.Options) ?? [],
            JsonSerializer.Deserialize<List<CopyDto>>(entity.GetString("Copies") ?? "[]", ContractJson.Options) ?? [],
            entity.GetBoolean("Contested") ?? false);
    }

    /// <summary>Table keys forbid / \ # ? and control characters; fact keys are built from words, but be certain.</summary>
    public static string SafeKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var safe = new string(key.Select(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c) ? '_' : c).ToArray());
        return safe.Length <= TableKeys.MaxLength ? safe : safe[..(TableKeys.MaxLength - 33)] + "~" + KeyHash.Of(key);
    }

    /// <summary>A table string holds 32K characters; a fact with thousands of sides keeps its first ones.</summary>
    internal static string Capped(string json) => json.Length <= 30_000 ? json : "[]";
}

public sealed record FactDto(string FactKey, double? Value, string Label, double Confidence, IReadOnlyList<string> AgreeingSources, IReadOnlyList<ConflictDto> Conflicts, IReadOnlyList<CopyDto> Copies, bool Contested);

public sealed record ConflictDto(string Value, double Belief, IReadOnlyList<string> Sources, IReadOnlyList<string> ClaimIds);

public sealed record CopyDto(string Source, string ArticleId, string CopyOf, string ClaimId);
