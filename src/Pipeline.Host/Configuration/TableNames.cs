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

    /// <summary>Claims indexed by fact key, so an incremental rollup reads one fact's claims without scanning.</summary>
    public string FactClaims => Prefix + "FactClaims";

    /// <summary>Each source's ledger: what every claim added to its score, and its consistency flags.</summary>
    public string Ledger => Prefix + "Ledger";

    /// <summary>Articles by MinHash band, so a new article finds its near-duplicates without reading every article.</summary>
    public string ArticleBands => Prefix + "ArticleBands";

    public IEnumerable<string> All => [Articles, Uploads, Claims, Facts, Sources, Changes, RollupState, FactClaims, Ledger, ArticleBands];
}
