namespace Pipeline.Storage.Tables;

/// <summary>An entity query: a filter from <see cref="TableFilter"/>, the properties to return, and a page size.</summary>
public sealed record TableQuery(TableFilter? Filter = null, IReadOnlyList<string>? Select = null, int PageSize = 1000);
