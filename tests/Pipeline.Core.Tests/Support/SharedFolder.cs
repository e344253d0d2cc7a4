namespace Pipeline.Core.Tests.Support;

/// <summary>Finds ../shared beside the repository root, where the seed articles, gold and datasets live.</summary>
public static class SharedFolder
{
    public static string Root { get; } = Locate();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pipeline.sln")))
            {
                var shared = Path.Combine(dir.Parent!.FullName, "shared");
                return Directory.Exists(shared)
                    ? shared
                    : throw new DirectoryNotFoundException($"Expected the shared folder at {shared}, beside the repository.");
            }
        }

        throw new DirectoryNotFoundException("Could not find Pipeline.sln above the test binaries.");
    }
}
