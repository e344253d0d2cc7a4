using Pipeline.Benchmarks;

// Usage: dotnet run -c Release --project tests/Pipeline.Benchmarks -- extract [megabytes] | adversarial [attempts] | allocations [megabytes] | stages [megabytes] | floor [megabytes] | stages-adversarial [passes] | stages-joined [kilobytes per article] | compare <baseline Pipeline.Core.dll> [megabytes] | compare-stages <baseline Pipeline.Core.dll> [megabytes] [adversarial input] [other Pipeline.Core.dll in place of this build]
var size = args.Length > 1 && int.TryParse(args[1], out var number) ? number : 10;
switch (args.FirstOrDefault())
{
    case "extract":
        ExtractionBench.Run(size);
        return 0;
    case "allocations":
        ExtractionBench.RunAllocations(size);
        return 0;
    case "stages-adversarial":
        StageProfile.RunAdversarial(size);
        return 0;
    case "stages-joined":
        StageProfile.RunJoined(10, size);
        return 0;
    case "compare-stages" when args.Length > 1:
        var (adversarialInput, otherCore) = (args.ElementAtOrDefault(3) is { } input && !input.EndsWith(".dll", StringComparison.Ordinal) ? input : null, args.FirstOrDefault(arg => arg != args[1] && arg.EndsWith(".dll", StringComparison.Ordinal)));
        StageCompare.Run(args[1], args.Length > 2 && int.TryParse(args[2], out var stageMegabytes) ? stageMegabytes : 2, adversarialInput, otherCore);
        return 0;
    case "compare" when args.Length > 1:
        BaselineCompare.Run(args[1], args.Length > 2 && int.TryParse(args[2], out var megabytes) ? megabytes : 2);
        return 0;
    case "floor":
        ExtractionBench.RunFloor(size, 5);
        return 0;
    case "stages":
        StageProfile.Run(size);
        return 0;
    case "adversarial":
        ExtractionBench.RunAdversarial(size);
        return 0;
    default:
        Console.WriteLine("usage: Pipeline.Benchmarks extract [megabytes] | adversarial [attempts] | allocations [megabytes] | stages [megabytes] | floor [megabytes] | stages-adversarial [passes] | stages-joined [kilobytes per article] | compare <baseline Pipeline.Core.dll> [megabytes] | compare-stages <baseline Pipeline.Core.dll> [megabytes] [adversarial input] [other Pipeline.Core.dll in place of this build]");
        return 1;
}
