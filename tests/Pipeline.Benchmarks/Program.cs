using Pipeline.Benchmarks;

// Usage: dotnet run -c Release --project tests/Pipeline.Benchmarks -- extract [megabytes]
var megabytes = args.Length > 1 && int.TryParse(args[1], out var mb) ? mb : 10;
if (args.Length == 0 || args[0] != "extract")
{
    Console.WriteLine("usage: Pipeline.Benchmarks extract [megabytes]");
    return 1;
}

ExtractionBench.Run(megabytes);
return 0;
