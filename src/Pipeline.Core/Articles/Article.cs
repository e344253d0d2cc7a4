namespace Pipeline.Core.Articles;

/// <summary>A parsed article. <see cref="Text"/> is what every claim offset refers to.</summary>
public sealed record Article(
    ArticleId Id,
    string Source,
    DateOnly? PublishedAt,
    string? Title,
    string Text,
    string? Url)
{
    /// <summary>
    /// Where the body begins, after any metadata header (<see cref="ArticleHeader"/>). Read from the text each time,
    /// so an article restored from storage, which keeps only the text, needs nothing more.
    /// </summary>
    public int BodyStart => ArticleHeader.Read(Text).BodyStart;

    /// <summary>
    /// The text with the header's characters turned into spaces (line breaks kept), so that readers see only the body
    /// while every offset still points into <see cref="Text"/>.
    /// </summary>
    public string BodyText()
    {
        var bodyStart = BodyStart;
        if (bodyStart == 0)
        {
            return Text;
        }

        return string.Create(Text.Length, (Text, bodyStart), static (span, state) =>
        {
            state.Text.AsSpan().CopyTo(span);
            foreach (ref var c in span[..state.bodyStart])
            {
                c = c is '\r' or '\n' ? c : ' ';
            }
        });
    }

    /// <summary>The end of the headline: the body's first line.</summary>
    public int HeadlineEnd => Text.IndexOfAny(['\r', '\n'], BodyStart) is var end and >= 0 ? end : Text.Length;
}
