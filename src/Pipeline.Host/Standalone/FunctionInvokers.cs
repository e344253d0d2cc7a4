using Pipeline.Host.Functions;
using Pipeline.Host.Functions.ExtractClaims;
using Pipeline.Host.Functions.IngestArticle;
using Pipeline.Host.Functions.RollupReliability;

namespace Pipeline.Host.Standalone;

/// <summary>Maps a function.json folder name to the function class the Functions host would POST to.</summary>
public sealed class FunctionInvokers(IServiceProvider services)
{
    public Func<BlobTriggerInput, CancellationToken, Task> Blob(string function) => function switch
    {
        "IngestArticle" => (input, ct) => services.GetRequiredService<IngestArticleFunction>().HandleAsync(input, ct),
        _ => throw new InvalidOperationException($"No blob-triggered function named '{function}'."),
    };

    public Func<QueueTriggerInput, CancellationToken, Task> Queue(string function) => function switch
    {
        "ExtractClaims" => (input, ct) => services.GetRequiredService<ExtractClaimsFunction>().HandleAsync(input, ct),
        _ => throw new InvalidOperationException($"No queue-triggered function named '{function}'."),
    };

    public Func<TimerTriggerInput, CancellationToken, Task> Timer(string function) => function switch
    {
        "RollupReliability" => (input, ct) => services.GetRequiredService<RollupReliabilityFunction>().HandleAsync(input, ct),
        _ => throw new InvalidOperationException($"No timer-triggered function named '{function}'."),
    };
}
