namespace Pipeline.Host.Configuration;

/// <summary>The pipeline's tables, all under one configurable prefix.</summary>
public readonly record struct TableNames(string Prefix)
{
    public string Articles => Prefix + "Articles";

    public string Uploads => Prefix + "Uploads";

    public string Claims => Prefix + "Claims";

    public string Facts => Prefix + "Facts";

    public string Sources => Prefix + "Sources";

    /// <summary>One row per article extracted, by minute: tells the rollup whether anything changed since it last ran.</summary>
    public string Changes => Prefix + "Changes";

    /// <summary>The rollup's watermark, updated under ETag concurrency.</summary>
    public string RollupState => Prefix + "RollupState";

    public IEnumerable<string> All => [Articles, Uploads, Claims, Facts, Sources, Changes, RollupState];
}
