namespace Pipeline.Storage.Tables;

/// <summary>What one action in an entity group transaction does. Values are appended, never reordered.</summary>
public enum TableTransactionActionType
{
    /// <summary>Insert or replace (PUT without If-Match).</summary>
    UpsertReplace,

    /// <summary>Insert or merge (MERGE without If-Match).</summary>
    UpsertMerge,

    /// <summary>Delete; If-Match is the entity's ETag, or * when it has none.</summary>
    Delete,

    /// <summary>Insert only; fails the transaction when the row exists.</summary>
    Insert,

    /// <summary>Replace an existing row; If-Match is the entity's ETag, or * when it has none.</summary>
    UpdateReplace,

    /// <summary>Merge into an existing row; If-Match is the entity's ETag, or * when it has none.</summary>
    UpdateMerge,
}
