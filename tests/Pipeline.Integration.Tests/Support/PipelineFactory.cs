using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pipeline.Host.Configuration;

namespace Pipeline.Integration.Tests.Support;

/// <summary>
/// The real app against the fixture's Azurite, with its own containers, queue, tables and host id, so tests
/// never share state. Standalone mode runs the trigger loops; custom-handler mode only answers invocations.
/// </summary>
public sealed class PipelineFactory(AzuriteProcess azurite, RunMode mode, string rollupSchedule = "0 0 0 1 1 *") : WebApplicationFactory<Program>
{
    public string Suffix { get; } = Guid.NewGuid().ToString("N")[..10];

    public PipelineOptions Options => Services.GetRequiredService<IOptions<PipelineOptions>>().Value;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("AzureWebJobsStorage", azurite.ConnectionString);
        builder.UseSetting("Pipeline:Mode", mode.ToString());
        builder.UseSetting("Pipeline:ArticlesContainer", $"articles-{Suffix}");
        builder.UseSetting("Pipeline:RejectedContainer", $"rejected-{Suffix}");
        builder.UseSetting("Pipeline:NormalizedContainer", $"normalized-{Suffix}");
        builder.UseSetting("Pipeline:ClaimsQueue", $"claims-{Suffix}");
        builder.UseSetting("Pipeline:TablePrefix", $"t{Suffix}");
        builder.UseSetting("Pipeline:HostId", $"host-{Suffix}");
        builder.UseSetting("Pipeline:ScanInterval", "00:00:00.200");
        builder.UseSetting("Pipeline:RollupSchedule", rollupSchedule);
        builder.UseSetting("Storage:MaxRetries", "2");
        builder.UseSetting("Storage:RetryBaseDelay", "00:00:00.050");
    }
}
