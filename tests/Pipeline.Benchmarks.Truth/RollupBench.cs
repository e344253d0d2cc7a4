namespace Pipeline.Benchmarks.Truth;

internal static class RollupBench
{
    public static int Run(string[] args) => args.Length;
}
