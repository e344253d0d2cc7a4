using System.Diagnostics;
using System.Globalization;

namespace Pipeline.Integration.Tests.Support;

/// <summary>Stops a child process with SIGTERM so it can save and close (Azurite flushes acknowledged writes), killing it only if it hangs.</summary>
public static class GracefulStop
{
    public static async Task StopAsync(Process process, TimeSpan? grace = null)
    {
        ArgumentNullException.ThrowIfNull(process);
        if (process.HasExited)
        {
            return;
        }

        using (var term = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await term!.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(grace ?? TimeSpan.FromSeconds(15));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
        }
    }
}
