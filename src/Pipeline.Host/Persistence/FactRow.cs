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
            ["Sources"] = JoinCapped(fact.AgreeingSources),
            ["Conflicts"] = Capped(conflicts),
            ["Copies"] = Capped(copies),
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

    private const int MaxStringLength = 30_000;

    /// <summary>A table string holds 32K characters; a fact with thousands of sides keeps as many of its first ones as fit.</summary>
    internal static string Capped<T>(IReadOnlyList<T> items)
    {
        for (var count = items.Count; ; count /= 2)
        {
            var json = JsonSerializer.Serialize(items.Take(count), ContractJson.Options);
            if (json.Length <= MaxStringLength || count == 0)
            {
                return json;
            }
        }
    }

    /// <summary>The comma-separated names that fit in a table string; the counts columns keep the totals.</summary>
    internal static string JoinCapped(IEnumerable<string> names)
    {
        var joined = new System.Text.StringBuilder();
        foreach (var name in names)
        {
            if (joined.Length + name.Length + 1 > MaxStringLength)
            {
                break;
            }

            joined.Append(joined.Length == 0 ? string.Empty : ",").Append(name);
        }

        return joined.ToString();
    }
}

public sealed record FactDto(string FactKey, double? Value, string Label, double Confidence, IReadOnlyList<string> AgreeingSources, IReadOnlyList<ConflictDto> Conflicts, IReadOnlyList<CopyDto> Copies, bool Contested);

public sealed record ConflictDto(string Value, double Belief, IReadOnlyList<string> Sources, IReadOnlyList<string> ClaimIds);

public sealed record CopyDto(string Source, string ArticleId, string CopyOf, string ClaimId);
