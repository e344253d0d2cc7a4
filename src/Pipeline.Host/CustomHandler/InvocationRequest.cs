using System.Text.Json;

namespace Pipeline.Host.CustomHandler;

/// <summary>What the Functions host POSTs to <c>/{FunctionName}</c>.</summary>
public sealed record InvocationRequest(Dictionary<string, JsonElement>? Data, Dictionary<string, JsonElement>? Metadata);

/// <summary>What the host expects back: outputs by binding name, log lines, and the return value.</summary>
public sealed record InvocationResponse(Dictionary<string, object?> Outputs, IReadOnlyList<string> Logs, object? ReturnValue);
