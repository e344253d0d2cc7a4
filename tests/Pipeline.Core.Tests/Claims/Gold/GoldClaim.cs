using System.Text.Json;

namespace Pipeline.Core.Tests.Claims.Gold;

/// <summary>One annotated claim of the seed gold (see meta.schema in seeds.gold.json).</summary>
public sealed record GoldClaim(string Id, string Type, string Span, int Start, int End, JsonElement Value, double? Lower, double? Upper, string Qualifier, string Tier)
{
    public static GoldClaim From(JsonElement e) => new(
        e.GetProperty("id").GetString()!,
        e.GetProperty("type").GetString()!,
        e.GetProperty("span").GetString()!,
        e.GetProperty("start").GetInt32(),
        e.GetProperty("end").GetInt32(),
        e.GetProperty("value").Clone(),
        Number(e.GetProperty("lower")),
        Number(e.GetProperty("upper")),
        e.GetProperty("qualifier").GetString()!,
        e.GetProperty("tier").GetString()!);

    public bool IsCore => Tier == "core";

    private static double? Number(JsonElement e) => e.ValueKind == JsonValueKind.Number ? e.GetDouble() : null;
}
