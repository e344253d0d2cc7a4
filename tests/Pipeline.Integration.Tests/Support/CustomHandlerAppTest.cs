using Pipeline.Host.Configuration;

namespace Pipeline.Integration.Tests.Support;

/// <summary>A test class with its own app in custom-handler mode (no trigger loops) on the shared Azurite, and a client for it.</summary>
public abstract class CustomHandlerAppTest(AzuriteFixture fixture) : IAsyncLifetime
{
    protected AzuriteFixture Fixture { get; } = fixture;

    protected PipelineFactory Factory { get; } = new(fixture.Azurite, RunMode.CustomHandler);

    protected HttpClient Client { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Client = Factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }
}
