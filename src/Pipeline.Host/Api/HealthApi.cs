using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Pipeline.Host.Configuration;
using Pipeline.Storage;

namespace Pipeline.Host.Api;

/// <summary>Storage reachability and queue depths; anonymous, so monitors can call it.</summary>
public static class HealthApi
{
    public static async Task<Results<Ok<HealthDto>, JsonHttpResult<HealthDto>>> GetAsync(StorageAccount storage, IOptions<PipelineOptions> options, CancellationToken ct)
    {
        var queue = options.Value.ClaimsQueue;
        try
        {
            var depths = new Dictionary<string, int>
            {
                [queue] = await storage.Queues.GetApproximateCountAsync(queue, ct),
                [queue + "-poison"] = await storage.Queues.GetApproximateCountAsync(queue + "-poison", ct),
            };
            return TypedResults.Ok(new HealthDto("healthy", true, depths));
        }
        catch (StorageRequestFailedException)
        {
            return TypedResults.Json(new HealthDto("unhealthy", false, new Dictionary<string, int>()), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}

public sealed record HealthDto(string Status, bool StorageReachable, IReadOnlyDictionary<string, int> QueueDepths);
