namespace Pipeline.Host.Api;

/// <summary>The read API, under <c>/api</c> in both modes (forwarded by the Functions host, served directly standalone).</summary>
public static class QueryApi
{
    public static IEndpointRouteBuilder MapQueryApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/sources", SourcesApi.ListAsync).WithSummary("Sources ranked by reliability, paged.");
        api.MapGet("/sources/{id}", SourcesApi.GetAsync).WithSummary("One source's reliability.");
        api.MapGet("/articles", ArticlesApi.ListAsync).WithSummary("Articles, filtered by source and publication date, paged.");
        api.MapGet("/articles/{id}", ArticlesApi.GetAsync).WithSummary("An article's metadata, status and text.");
        api.MapGet("/articles/{id}/claims", ArticlesApi.GetClaimsAsync).WithSummary("An article's claims in the extract contract.");
        api.MapGet("/facts", FactsApi.ListAsync).WithSummary("Facts with their consensus, filtered by measure and contested, paged.");
        api.MapGet("/facts/{key}", FactsApi.GetAsync).WithSummary("One fact: each source's value and the consensus.");
        api.MapGet("/conflicts", FactsApi.ListConflictsAsync).WithSummary("Contested facts with each side's sources, paged.");
        api.MapGet("/health", HealthApi.GetAsync).WithSummary("Storage reachability and queue depths.");
        return app;
    }
}
