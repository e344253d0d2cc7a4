namespace Pipeline.Storage.Tables;

/// <summary>One operation in an entity group transaction.</summary>
public sealed record TableTransactionAction(TableTransactionActionType Type, TableEntity Entity);
