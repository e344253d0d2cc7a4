namespace Pipeline.Storage;

/// <summary>The three storage services; Table signs requests differently from Blob and Queue.</summary>
public enum StorageService
{
    Blob,
    Queue,
    Table,
}
