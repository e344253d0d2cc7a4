using System.Text.Encodings.Web;
using System.Text.Json;

namespace Pipeline.Host.Contracts;

/// <summary>One JSON style for the contract, queue messages and stored documents: camelCase, nulls kept.</summary>
public static class ContractJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonSerializerOptions Indented { get; } = new(Options) { WriteIndented = true };
}
