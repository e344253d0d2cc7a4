using System.Text.Json;
using Pipeline.Core.Tests.Support;

namespace Pipeline.Core.Tests.Claims.Specs;

/// <summary>One Recognizers-Text spec case: the input and the expected mentions (span with inclusive end, resolved value).</summary>
public sealed record SpecCase(string Model, string Input, IReadOnlyList<SpecResult> Results, string? NotSupported)
{
    public static IEnumerable<SpecCase> Load(string model, string relativePath)
    {
        var json = File.ReadAllText(SharedFolder.PathOf(["specs", "recognizers-text", .. relativePath.Split('/')])).TrimStart('\uFEFF');
        using var document = JsonDocument.Parse(json);
        foreach (var entry in document.RootElement.EnumerateArray())
        {
            var results = entry.TryGetProperty(nameof(Results), out var list) ? list.EnumerateArray().Select(SpecResult.From).ToList() : [];
            var notSupported = entry.TryGetProperty(nameof(NotSupported), out var ns) ? ns.GetString() : null;
            yield return new SpecCase(model, entry.GetProperty(nameof(Input)).GetString()!, results, notSupported);
        }
    }

    /// <summary>The spec itself says the .NET recogniser does not support the case.</summary>
    public bool NotSupportedInDotnet => NotSupported?.Contains("dotnet", StringComparison.OrdinalIgnoreCase) == true;
}

/// <summary>An expected mention; <see cref=nameof(End)/> is exclusive here (the spec files use an inclusive end or a length).</summary>
public sealed record SpecResult(string Text, int Start, int End, string? Value)
{
    public static SpecResult From(JsonElement e)
    {
        var start = e.GetProperty(nameof(Start)).GetInt32();
        var end = e.TryGetProperty("Length", out var length) ? start + length.GetInt32() : e.GetProperty(nameof(End)).GetInt32() + 1;
        string? value = null;
        if (e.TryGetProperty("Resolution", out var resolution) && resolution.ValueKind == JsonValueKind.Object && resolution.TryGetProperty("value", out var v))
        {
            value = v.GetString();
        }

        return new SpecResult(e.GetProperty(nameof(Text)).GetString()!, start, end, value);
    }
}
