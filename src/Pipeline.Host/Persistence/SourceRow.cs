using Pipeline.Core.Reliability;
using Pipeline.Storage.Tables;

namespace Pipeline.Host.Persistence;

/// <summary>A source's reliability summary: one partition per source, so updates never contend.</summary>
public static class SourceRow
{
    public const string SummaryRowKey = "summary";

    public static TableEntity ToEntity(SourceReliability source, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new TableEntity(source.Source, SummaryRowKey)
        {
            ["Claims"] = source.Claims,
            ["Agreements"] = source.Agreements,
            ["Contradictions"] = source.Contradictions,
            ["Unique"] = source.Unique,
            ["Hedged"] = source.Hedged,
            ["AgreementRate"] = source.AgreementRate,
            ["UpdatedAt"] = now,
        };
    }

    public static SourceDto ToDto(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new SourceDto(
            entity.PartitionKey,
            (int)(entity.GetInt64("Claims") ?? 0),
            (int)(entity.GetInt64("Agreements") ?? 0),
            (int)(entity.GetInt64("Contradictions") ?? 0),
            (int)(entity.GetInt64("Unique") ?? 0),
            (int)(entity.GetInt64("Hedged") ?? 0),
            entity.GetDouble("AgreementRate"),
            entity.GetDateTime("UpdatedAt"));
    }
}

public sealed record SourceDto(string Source, int Claims, int Agreements, int Contradictions, int Unique, int Hedged, double? AgreementRate, DateTimeOffset? UpdatedAt);
