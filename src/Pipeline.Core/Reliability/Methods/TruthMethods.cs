namespace Pipeline.Core.Reliability.Methods;

/// <summary>The methods by name, and the default the rollup uses (chosen on the benchmarks, see docs/benchmarks.md ("Truth discovery")).</summary>
public static class TruthMethods
{
    public const string DefaultName = "accucopy";

    public static IReadOnlyList<string> Names { get; } = ["majority", "truthfinder", "accusim", "accucopy"];

    public static ITruthMethod Default(TruthOptions? options = null) => Create(DefaultName, options);

    public static ITruthMethod Create(string name, TruthOptions? options = null) => name switch
    {
        "majority" => new MajorityVote(options),
        "truthfinder" => new TruthFinder(options),
        "accusim" => new AccuSim(options),
        "accucopy" => new AccuSim(options, detectCopies: true),
        _ => throw new ArgumentException($"Unknown truth method '{name}'. Known: {string.Join(", ", Names)}.", nameof(name)),
    };
}
