using Pipeline.Host.Api;
using Pipeline.Host.Configuration;
using Pipeline.Host.CustomHandler;

namespace Pipeline.Host;

/// <summary>The web app: custom-handler endpoints and the query API, plus the standalone triggers when no Functions host runs us.</summary>
public static class PipelineApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        var mode = RunModes.From(builder.Configuration);
        if (mode == RunMode.CustomHandler)
        {
            builder.WebHost.UseUrls($"http://127.0.0.1:{builder.Configuration[RunModes.PortVariable]}");
        }
        else if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(RunModes.DefaultStandaloneUrl);
        }

        builder.Services.AddPipeline(builder.Configuration, mode);
        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapGet("/", () => Results.Text("Pipeline is running. The API is under /api.")).ExcludeFromDescription();
        app.MapFunctionEndpoints();
        app.MapQueryApi();
        return app;
    }
}
