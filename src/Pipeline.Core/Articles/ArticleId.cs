using System.Security.Cryptography;

namespace Pipeline.Core.Articles;

/// <summary>The content hash of an article's normalised text: the same text from any upload has the same id.</summary>
public readonly record struct ArticleId
{
    private const int HexLength = 32;

    private ArticleId(string value) => Value = value;

    public string Value { get; }

    public static ArticleId FromText(string normalisedText)
    {
        ArgumentNullException.ThrowIfNull(normalisedText);
        var hash = SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(normalisedText));
        return new ArticleId(Convert.ToHexStringLower(hash)[..HexLength]);
    }

    public static bool TryParse(string? value, out ArticleId id)
    {
        id = default;
        if (value is null || value.Length != HexLength || !value.All(char.IsAsciiHexDigitLower))
        {
            return false;
        }

        id = new ArticleId(value);
        return true;
    }

    public override string ToString() => Value;
}
