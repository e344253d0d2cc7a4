namespace Pipeline.Host.Configuration;

/// <summary>The pipeline's tables, all under one configurable prefix.</summary>
public readonly record struct TableNames(string Prefix)
{
    public string Articles => Prefix + "Articles";

    public string Uploads => Prefix + "Uploads";

    public string Claims => Prefix + "Claims";

    public string Facts => Prefix + "Facts";

    public string Sources => Prefix + "Sources";

    public IEnumerable<string> All => [Articles, Uploads, Claims, Facts, Sources];
}
