using Pipeline.Host;
using Pipeline.Host.Cli;

if (PipelineCli.IsServe(args))
{
    var app = PipelineApp.Build(PipelineCli.ServeArguments(args));
    await app.RunAsync();
    return 0;
}

return await PipelineCli.RunAsync(args);

/// <summary>Visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
