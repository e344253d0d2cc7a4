namespace Pipeline.Storage.Auth;

/// <summary>
/// A parsed storage connection: the account, its service endpoints and one way to authenticate
/// (a shared key, a SAS token, or none when a token credential is used instead).
/// </summary>
public sealed record StorageConnection(string AccountName, Uri BlobEndpoint, Uri QueueEndpoint, Uri TableEndpoint)
{
    public const string DevelopmentAccountName = "devstoreaccount1";

    // The emulator's well-known public key, documented by Microsoft; it is not a secret.
    public const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public byte[]? AccountKey { get; init; }

    public string? SasToken { get; init; }

    public Uri EndpointFor(StorageService service) => service switch
    {
        StorageService.Blob => BlobEndpoint,
        StorageService.Queue => QueueEndpoint,
        _ => TableEndpoint,
    };

    /// <summary>Never prints the key or the SAS signature.</summary>
    public override string ToString() => $"Account={AccountName}; Blob={BlobEndpoint}; Queue={QueueEndpoint}; Table={TableEndpoint}";

    public static StorageConnection Development(string host = "127.0.0.1", int blobPort = 10000, int queuePort = 10001, int tablePort = 10002) =>
        new(
            DevelopmentAccountName,
            new Uri($"http://{host}:{blobPort}/{DevelopmentAccountName}"),
            new Uri($"http://{host}:{queuePort}/{DevelopmentAccountName}"),
            new Uri($"http://{host}:{tablePort}/{DevelopmentAccountName}"))
        {
            AccountKey = Convert.FromBase64String(DevelopmentAccountKey),
        };
}
