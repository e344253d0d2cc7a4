namespace Pipeline.Storage.Tables;

public enum TableTransactionActionType
{
    UpsertReplace,
    UpsertMerge,
    Delete,
}

/// <summary>One operation in an entity group transaction.</summary>
public sealed record TableTransactionAction(TableTransactionActionType Type, TableEntity Entity);
