using Pipeline.Host.Functions.ExtractClaims;
using Pipeline.Host.Functions.IngestArticle;
using Pipeline.Host.Functions.RollupReliability;
using Pipeline.Host.Standalone;
using Pipeline.Storage;

namespace Pipeline.Host.Configuration;

public static class PipelineServices
{
    public static IServiceCollection AddPipeline(this IServiceCollection services, IConfiguration configuration, RunMode mode)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<PipelineOptions>().BindConfiguration(PipelineOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddPipelineStorage(configuration);
        services.AddSingleton<IngestArticleFunction>();
        services.AddSingleton<ExtractClaimsFunction>();
        services.AddSingleton<RollupReliabilityFunction>();
        services.AddSingleton<FunctionInvokers>();
        services.AddHostedService<StorageProvisioner>();
        if (mode == RunMode.Standalone)
        {
            services.AddHostedService<StandaloneTriggers>();
        }

        services.AddProblemDetails();
        services.AddExceptionHandler<Api.ProblemExceptionHandler>();
        return services;
    }
}
