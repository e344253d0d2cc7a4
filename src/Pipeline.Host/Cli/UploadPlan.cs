using System.Text.RegularExpressions;
using Pipeline.Core.Articles;

namespace Pipeline.Host.Cli;

/// <summary>One file to upload: where it goes and the metadata that travels with it.</summary>
public sealed record UploadItem(FileInfo File, string BlobName, string? Source, DateOnly? Published);

/// <summary>
/// Expands files and folders into uploads. The source is <c>--source</c>, else the first folder under the folder
/// given; the date is <c>--published</c>, else a leading <c>YYYY-MM-DD</c> in the file name.
/// </summary>
public static partial class UploadPlan
{
    private static readonly string[] Extensions = [".txt", ".md", ".html", ".htm", ".json"];

    public static List<UploadItem> Build(IEnumerable<string> paths, string? source, DateOnly? published, bool recursive)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var items = new List<UploadItem>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var option = recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly;
                items.AddRange(Directory.EnumerateFiles(path, "*", option)
                    .Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                    .Order(StringComparer.Ordinal)
                    .Select(f => Item(new FileInfo(f), source ?? FolderSource(path, f), published)));
            }
            else
            {
                items.Add(Item(new FileInfo(path), source, published));
            }
        }

        return items;
    }

    private static UploadItem Item(FileInfo file, string? source, DateOnly? published)
    {
        var normalized = SourceId.TryNormalize(source, out var id) ? id : null;
        var date = published ?? DateFromName(file.Name);
        var blob = normalized is null ? file.Name : $"{normalized}/{file.Name}";
        return new UploadItem(file, blob, normalized, date);
    }

    private static string? FolderSource(string root, string file)
    {
        var relative = Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar);
        return relative.Length > 1 ? relative[0] : null;
    }

    private static DateOnly? DateFromName(string name)
    {
        var match = LeadingDate().Match(name);
        return match.Success && PublishedDate.TryParse(match.Value, out var date) ? date : null;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex LeadingDate();
}
