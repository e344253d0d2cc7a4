using Pipeline.Host.Functions.ExtractClaims;
using Pipeline.Host.Functions.IngestArticle;
using Pipeline.Host.Functions.RollupReliability;

namespace Pipeline.Host.CustomHandler;

/// <summary>
/// <c>POST /{FunctionName}</c> for the non-HTTP functions. A thrown exception becomes a 500, which the host counts
/// as a failed invocation (queue retry, then poison). Permanent input failures are handled inside the functions.
/// </summary>
public static class FunctionEndpoints
{
    public static IEndpointRouteBuilder MapFunctionEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/IngestArticle", async (InvocationRequest request, IngestArticleFunction function, CancellationToken ct) =>
        {
            var outcome = await function.HandleAsync(TriggerPayloads.Blob(request), ct);
            return Respond($"{outcome.Blob}: {outcome.Status.ToString().ToLowerInvariant()} {outcome.Reason}".TrimEnd());
        }).ExcludeFromDescription();
        app.MapPost("/ExtractClaims", async (InvocationRequest request, ExtractClaimsFunction function, CancellationToken ct) =>
            Respond($"extracted {await function.HandleAsync(TriggerPayloads.Queue(request), ct)} claims")).ExcludeFromDescription();
        app.MapPost("/RollupReliability", async (InvocationRequest request, RollupReliabilityFunction function, CancellationToken ct) =>
        {
            var result = await function.HandleAsync(TriggerPayloads.Timer(request), ct);
            return Respond(result is null ? "no claims changed; rollup skipped" : $"rolled up {result.Facts.Count} facts and {result.Sources.Count} sources");
        }).ExcludeFromDescription();
        return app;
    }

    private static IResult Respond(string log) => Results.Json(new InvocationResponse([], [log], null));
}
