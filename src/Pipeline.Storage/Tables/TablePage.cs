namespace Pipeline.Storage.Tables;

/// <summary>One page of a query and the opaque token that continues it.</summary>
public sealed record TablePage(IReadOnlyList<TableEntity> Items, string? ContinuationToken);
