namespace Pipeline.Storage.Tables;

/// <summary>Replace drops properties the new entity lacks; Merge keeps them.</summary>
public enum TableUpdateMode
{
    Replace,
    Merge,
}
