using Polly;

namespace Pipeline.Storage.Http;

/// <summary>
/// Runs each request through the Polly pipeline. It sits outside the authentication handler, so every attempt
/// is re-dated and re-signed. Request content is buffered first so that every attempt can send it again.
/// </summary>
internal sealed class ResilienceHandler(ResiliencePipeline<HttpResponseMessage> pipeline) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null)
        {
            await request.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        }

        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(StorageResilience.OperationProperty, request.Options.TryGetValue(StorageResilience.OperationOption, out var operation) ? operation : "Storage");
        try
        {
            return await pipeline.ExecuteAsync(
                static async (ctx, state) => await state.Handler.SendCoreAsync(state.Request, ctx.CancellationToken).ConfigureAwait(false),
                context,
                (Handler: this, Request: request)).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private Task<HttpResponseMessage> SendCoreAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);
}
