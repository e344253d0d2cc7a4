using System.Diagnostics;

namespace Pipeline.Integration.Tests.Support;

/// <summary>Polls an asynchronous condition until it holds or a deadline passes: the pipeline is eventually consistent.</summary>
public static class Eventually
{
    public static async Task<T> ReturnsAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan? timeout = null, string? what = null)
    {
        var clock = Stopwatch.StartNew();
        var limit = timeout ?? TimeSpan.FromSeconds(60);
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }

            if (clock.Elapsed > limit)
            {
                throw new TimeoutException($"Not reached within {limit}: {what ?? "condition"}. Last value: {value}");
            }

            await Task.Delay(200);
        }
    }
}
