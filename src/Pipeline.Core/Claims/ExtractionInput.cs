using Pipeline.Core.Articles;

namespace Pipeline.Core.Claims;

/// <summary>What extraction needs from an article: its id (for claim ids), text and reference date for relative dates.</summary>
internal sealed record ExtractionInput(ArticleId Id, string Text, DateOnly? Reference);
