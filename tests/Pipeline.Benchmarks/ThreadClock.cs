using System.Runtime.InteropServices;

namespace Pipeline.Benchmarks;

/// <summary>
/// CPU time of the calling thread in nanoseconds (Linux). Steps of a few microseconds, timed on a machine other jobs
/// share, lose whole time slices to them by the wall clock; by thread CPU time they do not.
/// </summary>
internal static partial class ThreadClock
{
    private const int ThreadCpuTime = 3;

    public static long Nanoseconds()
    {
        _ = NativeMethods.clock_gettime(ThreadCpuTime, out var time);
        return (time.Seconds * 1_000_000_000) + time.Nanoseconds;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = false)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int clock_gettime(int clock, out TimeSpec time);
    }
}
