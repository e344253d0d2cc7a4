namespace Pipeline.Host.Persistence;

/// <summary>Where every uploaded blob ends: nothing is lost silently.</summary>
public enum UploadStatus
{
    Processed,
    Duplicate,
    Rejected,
}
