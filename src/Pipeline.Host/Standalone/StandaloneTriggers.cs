using Microsoft.Extensions.Options;
using Pipeline.Host.Configuration;
using Pipeline.Storage;

namespace Pipeline.Host.Standalone;

/// <summary>Standalone mode: reads the same function.json and host.json files as the Functions host and runs their triggers.</summary>
public sealed class StandaloneTriggers(
    IConfiguration configuration,
    FunctionInvokers invokers,
    StorageAccount storage,
    IOptions<PipelineOptions> options,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<StandaloneTriggers> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var root = AppContext.BaseDirectory;
        var settings = HostJson.Load(Path.Combine(root, "host.json"));
        var hostId = options.Value.HostId;
        var loops = FunctionCatalog.Load(root, configuration).Select(trigger => trigger.Type switch
        {
            "blobTrigger" => new BlobTriggerListener(trigger.FunctionName, ContainerOf(trigger.Path!), invokers.Blob(trigger.FunctionName), storage, settings, hostId, logger)
                .RunAsync(options.Value.ScanInterval, clock, stoppingToken),
            "queueTrigger" => new QueueTriggerListener(trigger.QueueName!, invokers.Queue(trigger.FunctionName), storage, settings, clock, logger).RunAsync(stoppingToken),
            "timerTrigger" => new TimerTriggerListener(trigger.FunctionName, trigger.Schedule!, invokers.Timer(trigger.FunctionName), storage, hostId, clock, logger).RunAsync(stoppingToken),
            _ => Task.CompletedTask,
        }).Select(loop => GuardAsync(loop)).ToList();
        return Task.WhenAll(loops);
    }

    /// <summary>A listener that dies must not die silently while the others keep the process alive: log it and stop the app.</summary>
    private async Task GuardAsync(Task loop)
    {
        try
        {
            await loop;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.ListenerCrashed(logger, e);
            lifetime.StopApplication();
        }
    }

    private static string ContainerOf(string path) => path.Split('/')[0];
}
