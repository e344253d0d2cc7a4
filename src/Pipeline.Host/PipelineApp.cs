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
        else if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(RunModes.DefaultStandaloneUrl);
        }

        builder.Services.AddPipeline(builder.Configuration, mode);
        var exposure = mode == RunMode.CustomHandler ? new ApiExposure(false) : ApiExposure.FromUrls(builder.Configuration["urls"] ?? RunModes.DefaultStandaloneUrl);
        if (exposure.BeyondLoopback && string.IsNullOrEmpty(builder.Configuration["Pipeline:ApiKey"]))
        {
            throw new InvalidOperationException("The app listens beyond loopback, so Pipeline:ApiKey must be set: the API would otherwise be open to the network.");
        }

        builder.Services.AddSingleton(exposure);
        builder.Services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.MimeTypes = ["application/json", "application/problem+json", "text/html", "text/css", "text/javascript", "image/svg+xml"];
        });
        var corsOrigins = (builder.Configuration["Pipeline:CorsOrigins"] ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        builder.Services.AddCors(o => o.AddDefaultPolicy(p => p.WithOrigins(corsOrigins).WithMethods("GET").WithHeaders("x-functions-key", "if-none-match").WithExposedHeaders("ETag")));
        builder.Services.AddOpenApi("v1", o => o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true);
        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseResponseCompression();
        if (corsOrigins.Length > 0)
        {
            app.UseCors();
        }

        app.UseMiddleware<ApiKeyMiddleware>();
        app.UseMiddleware<ETagMiddleware>();
        app.MapOpenApi("/api/openapi.json");
        // The dashboard: static files, anonymous (the key middleware guards /api only). The Functions host polls GET / for readiness; index.html answers it.
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapFunctionEndpoints();
        app.MapQueryApi();
        return app;
    }
}
