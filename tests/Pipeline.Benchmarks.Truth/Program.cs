using Pipeline.Benchmarks.Truth;

// dotnet run -c Release --project tests/Pipeline.Benchmarks.Truth -- eval ../shared/datasets
// dotnet run -c Release --project tests/Pipeline.Benchmarks.Truth -- rollup [claims] [sources] [facts]
return args.FirstOrDefault() switch
{
    "eval" => DatasetRun.Run(args.Skip(1).ToArray()),
    "rollup" => RollupBench.Run(args.Skip(1).ToArray()),
    "diagnose" => Diagnose.Run(args.Skip(1).ToArray()),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: eval <datasets-folder> [dataset] [method] | rollup [claims] [sources] [facts]");
    return 2;
}
