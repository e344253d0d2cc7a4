namespace Pipeline.Host.Persistence;

/// <summary>
/// The article-claims queue message. Its property names avoid the ones the Functions host fans out into
/// trigger metadata (Id, DequeueCount, Metadata, ...), so a string-typed binding would not clobber them.
/// </summary>
public sealed record ClaimsMessage(string ArticleId, string Source, string Blob);
