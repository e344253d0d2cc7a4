using System.Globalization;
using System.Xml.Linq;

namespace Pipeline.Storage.Blobs;

/// <summary>Parses one page of List Blobs XML and its continuation marker.</summary>
internal static class BlobListParser
{
    public static (List<BlobItem> Items, string? NextMarker) Parse(string xml)
    {
        var root = XDocument.Parse(xml).Root!;
        var items = root.Element("Blobs")?.Elements("Blob").Select(ToItem).ToList() ?? [];
        var marker = root.Element("NextMarker")?.Value;
        return (items, string.IsNullOrEmpty(marker) ? null : marker);
    }

    private static BlobItem ToItem(XElement blob)
    {
        var properties = blob.Element("Properties");
        var metadata = blob.Element("Metadata")?.Elements().ToDictionary(e => e.Name.LocalName, e => e.Value, StringComparer.OrdinalIgnoreCase)
            ?? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        return new BlobItem(
            blob.Element("Name")!.Value,
            properties?.Element("Etag")?.Value ?? string.Empty,
            long.TryParse(properties?.Element("Content-Length")?.Value, CultureInfo.InvariantCulture, out var length) ? length : 0,
            DateTimeOffset.TryParse(properties?.Element("Last-Modified")?.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var modified) ? modified : null,
            metadata);
    }
}
