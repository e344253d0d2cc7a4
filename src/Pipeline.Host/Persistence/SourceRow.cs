using System.Text.Json;
using Pipeline.Core.Reliability;
using Pipeline.Host.Contracts;
using Pipeline.Storage.Tables;

namespace Pipeline.Host.Persistence;

/// <summary>A source's reliability: one partition per source, so updates never contend.</summary>
public static class SourceRow
{
    public const string SummaryRowKey = "summary";

    /// <summary>Quoted parties' names come from article text; a table key may not hold / \ # ?.</summary>
    public static string PartitionOf(string source) => FactRow.SafeKey(source);

    public static TableEntity ToEntity(SourceReliability source, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(source);
        var explanation = JsonSerializer.Serialize(source.Explanation, ContractJson.Options);
        return new TableEntity(PartitionOf(source.Source), SummaryRowKey)
        {
            ["Source"] = source.Source,
            ["Score"] = source.Score,
            ["Lower"] = source.Lower,
            ["Upper"] = source.Upper,
            ["Claims"] = source.Claims,
            ["Agreements"] = source.Agreements,
            ["Contradictions"] = source.Contradictions,
            ["Unique"] = source.Unique,
            ["Hedged"] = source.Hedged,
            ["Copies"] = source.Copies,
            ["Flags"] = source.Flags,
            ["AgreementRate"] = source.AgreementRate,
            ["Explanation"] = explanation.Length <= 30_000 ? explanation : null,
            ["UpdatedAt"] = now,
        };
    }

    public static SourceDto ToDto(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        int Count(string name) => (int)(entity.GetInt64(name) ?? 0);
        return new SourceDto(
            entity.GetString("Source") ?? entity.PartitionKey,
            entity.GetDouble("Score") ?? 0,
            entity.GetDouble("Lower") ?? 0,
            entity.GetDouble("Upper") ?? 1,
            Count("Claims"), Count("Agreements"), Count("Contradictions"), Count("Unique"), Count("Hedged"), Count("Copies"), Count("Flags"),
            entity.GetDouble("AgreementRate"),
            entity.GetDateTime("UpdatedAt"));
    }

    /// <summary>The explanation: the facts agreed and contradicted (by whom), copies discounted, consistency flags.</summary>
    public static JsonElement? ExplanationOf(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return entity.GetString("Explanation") is { } json ? JsonSerializer.Deserialize<JsonElement>(json) : null;
    }
}

public sealed record SourceDto(string Source, double Score, double Lower, double Upper, int Claims, int Agreements, int Contradictions, int Unique, int Hedged, int Copies, int Flags, double? AgreementRate, DateTimeOffset? UpdatedAt)
{
    /// <summary>A party an outlet quotes ("via:russian-defence-ministry"), scored on what it was quoted as saying.</summary>
    public bool QuotedParty => Source.StartsWith(QuotedPrefix, StringComparison.Ordinal);

    public const string QuotedPrefix = "via:";
}

public sealed record SourceDetail(SourceDto Source, JsonElement? Explanation);
