using System.Net;
using System.Text;

namespace Pipeline.Core.Articles;

/// <summary>
/// Extracts readable text from an HTML article with a single forward scan: no regex, so hostile markup
/// cannot cause backtracking, and script and style bodies never leak into the text.
/// </summary>
internal static class HtmlText
{
    private static readonly string[] BlockTags = ["p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "title"];

    public static string Extract(string html)
    {
        var text = new StringBuilder(html.Length / 2);
        var i = 0;
        while (i < html.Length)
        {
            if (html[i] != '<')
            {
                var next = html.IndexOf('<', i);
                var end = next < 0 ? html.Length : next;
                text.Append(html, i, end - i);
                i = end;
                continue;
            }

            var close = html.IndexOf('>', i);
            if (close < 0)
            {
                break;
            }

            var tag = TagName(html.AsSpan(i + 1, close - i - 1));
            i = close + 1;
            if (tag is "script" or "style")
            {
                var endTag = html.IndexOf("</" + tag, i, StringComparison.OrdinalIgnoreCase);
                i = endTag < 0 ? html.Length : endTag;
            }
            else if (BlockTags.Contains(tag) && (text.Length == 0 || text[^1] != '\n'))
            {
                text.Append('\n');
            }
        }

        return WebUtility.HtmlDecode(text.ToString()).Trim();
    }

    public static string? Title(string html)
    {
        var start = html.IndexOf("<title", StringComparison.OrdinalIgnoreCase);
        if (start < 0)
        {
            return null;
        }

        var open = html.IndexOf('>', start);
        var end = open < 0 ? -1 : html.IndexOf("</title", open, StringComparison.OrdinalIgnoreCase);
        if (end < 0)
        {
            return null;
        }

        var title = WebUtility.HtmlDecode(html[(open + 1)..end]).Trim();
        return title.Length > 0 ? title : null;
    }

    private static string TagName(ReadOnlySpan<char> inner)
    {
        inner = inner.TrimStart('/').TrimStart();
        var length = 0;
        while (length < inner.Length && char.IsAsciiLetterOrDigit(inner[length]))
        {
            length++;
        }

        return inner[..length].ToString().ToLowerInvariant();
    }
}
