using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace Pipeline.Host.Configuration;

/// <summary>One function.json's trigger: what standalone mode listens to, read from the same files the Functions host reads.</summary>
public sealed record FunctionTrigger(string FunctionName, string Type, string? Path, string? QueueName, string? Schedule);

/// <summary>Reads every <c>&lt;Name&gt;/function.json</c> beside the executable, resolving <c>%Setting%</c> like the host does.</summary>
public static class FunctionCatalog
{
    public static IReadOnlyList<FunctionTrigger> Load(string scriptRoot, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return Directory.EnumerateDirectories(scriptRoot)
            .Select(dir => Path.Combine(dir, "function.json"))
            .Where(File.Exists)
            .Order(StringComparer.Ordinal)
            .Select(file => Read(file, configuration))
            .ToList();
    }

    private static FunctionTrigger Read(string file, IConfiguration configuration)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(file));
        var trigger = document.RootElement.GetProperty("bindings").EnumerateArray()
            .First(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));
        string? Get(string name) => trigger.TryGetProperty(name, out var v) ? Resolve(v.GetString(), configuration) : null;
        return new FunctionTrigger(
            Path.GetFileName(Path.GetDirectoryName(file)!),
            trigger.GetProperty("type").GetString()!,
            Get("path"),
            Get("queueName"),
            Get("schedule"));
    }

    /// <summary>Replaces every <c>%Setting%</c> token with that app setting, as the host does ('__' or ':' both work).</summary>
    public static string? Resolve(string? value, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (value is null)
        {
            return null;
        }

        var parts = value.Split('%');
        if (parts.Length % 2 == 0)
        {
            throw new InvalidOperationException($"'{value}' has an unmatched '%'.");
        }

        for (var i = 1; i < parts.Length; i += 2)
        {
            var name = parts[i];
            parts[i] = configuration[name] ?? configuration[name.Replace("__", ":", StringComparison.Ordinal)]
                ?? throw new InvalidOperationException($"function.json refers to setting '{name}', which is not set.");
        }

        return string.Concat(parts);
    }
}
