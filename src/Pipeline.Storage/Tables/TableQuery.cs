namespace Pipeline.Storage.Tables;

/// <summary>An entity query: a filter from <see cref="TableFilter"/>, the properties to return (the keys always come too), and a page size (1-1000).</summary>
public sealed record TableQuery(TableFilter? Filter = null, IReadOnlyList<string>? Select = null, int PageSize = 1000);
