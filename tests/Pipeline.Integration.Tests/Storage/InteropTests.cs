using System.Text;
using System.Text.Json;
using Pipeline.Integration.Tests.Storage.Fakes;
using Pipeline.Integration.Tests.Support;
using Pipeline.Storage;
using Pipeline.Storage.Auth;
using Pipeline.Storage.Blobs;
using Pipeline.Storage.Tables;

namespace Pipeline.Integration.Tests.Storage;

/// <summary>What our client writes the official JS SDKs read with the same types and values, and the other way round.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class InteropTests(AzuriteFixture fixture)
{
    private const string Text = "{\"title\":\"Zürich <&> “quotes” 😀\"}";

    [Fact]
    public async Task OfficialSdks_ReadWhatOurClientWrote_WithTheSameTypesAndValues()
    {
        var names = Names();
        var account = fixture.Account;
        await account.Blobs.CreateContainerIfNotExistsAsync(names.Container);
        var etag = await account.Blobs.UploadAsync(names.Container, names.Blob, Encoding.UTF8.GetBytes(Text), new BlobUploadOptions
        {
            ContentType = "application/json; charset=utf-8",
            Metadata = new Dictionary<string, string> { ["source"] = "ours", ["ingest_id"] = "42" },
        });
        await account.Queues.CreateIfNotExistsAsync(names.Queue);
        await account.Queues.SendAsync(names.Queue, Text);
        await account.Tables.CreateIfNotExistsAsync(names.Table);
        await account.Tables.UpsertAsync(names.Table, TypedEntity(names));

        var read = await NodeScript.RunAsync("storage-interop.mjs", fixture.Azurite.ConnectionString, "read", JsonSerializer.Serialize(names, JsonOptions));

        var blob = read.GetProperty("blob");
        Assert.Equal(Text, blob.GetProperty("content").GetString());
        Assert.Equal("application/json; charset=utf-8", blob.GetProperty("contentType").GetString());
        Assert.Equal("42", blob.GetProperty("metadata").GetProperty("ingest_id").GetString());
        Assert.Equal(etag, blob.GetProperty("etag").GetString());
        Assert.Equal(Text, read.GetProperty("queue").GetProperty("decoded").GetString());
        var entity = read.GetProperty("entity");
        AssertTyped(entity, "Count", "Int64", "12345678901");
        AssertTyped(entity, "Small", "Int32", "7");
        AssertTyped(entity, "Score", "Double", "0.875");
        // Azure and Azurite send a whole double as 2.0 without an annotation (minimal metadata); JS numbers cannot keep
        // the ".0", so the JS SDK infers Int32 even for doubles it wrote itself. We send and keep Edm.Double (see below).
        AssertTyped(entity, "Whole", "Int32", "2");
        AssertTyped(entity, "Nan", "Double", "NaN");
        AssertTyped(entity, "NegInf", "Double", "-Infinity");
        AssertTyped(entity, "When", "DateTime", "2026-11-22T04:00:00.1230000Z");
        AssertTyped(entity, "Id", "Guid", "00000000-0000-0000-0000-00000000002a");
        AssertTyped(entity, "Hash", "Binary", "AAEC/w==");
        AssertTyped(entity, "Flag", "Boolean", "true");
        AssertTyped(entity, "Name", "String", Text);
        Assert.IsType<double>((await account.Tables.GetIfExistsAsync(names.Table, names.Pk, names.Rk))!["Whole"]);
    }

    [Fact]
    public async Task OurClient_ReadsWhatOfficialSdksWrote_WithTheSameTypesAndValues()
    {
        var names = Names();
        var written = await NodeScript.RunAsync("storage-interop.mjs", fixture.Azurite.ConnectionString, "write", JsonSerializer.Serialize(names, JsonOptions));
        var account = fixture.Account;

        var blob = (await account.Blobs.DownloadIfExistsAsync(names.Container, names.Blob))!;
        var message = Assert.Single(await account.Queues.ReceiveAsync(names.Queue, 32, TimeSpan.FromSeconds(30)));
        var entity = (await account.Tables.GetIfExistsAsync(names.Table, names.Pk, names.Rk))!;

        Assert.Equal(Text, Encoding.UTF8.GetString(blob.Content));
        Assert.Equal("application/json; charset=utf-8", blob.ContentType);
        Assert.Equal(written.GetProperty("etag").GetString(), blob.ETag);
        Assert.Equal(("node", "7"), (blob.Metadata["source"], blob.Metadata["ingest_id"]));
        Assert.Equal(Text, message.Text);
        Assert.Equal(12345678901L, entity["Count"]);
        Assert.Equal(7, entity["Small"]);
        Assert.Equal(0.875, entity["Score"]);
        Assert.Equal(2.0, Assert.IsType<double>(entity["Whole"]));
        Assert.True(double.IsNaN((double)entity["Nan"]!));
        Assert.Equal(double.PositiveInfinity, entity["PosInf"]);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 4, 0, 0, 123, TimeSpan.Zero), entity["When"]);
        Assert.Equal(new Guid("00000000-0000-0000-0000-00000000002a"), entity["Id"]);
        Assert.Equal(new byte[] { 0, 1, 2, 255 }, entity["Hash"]);
        Assert.Equal(true, entity["Flag"]);
        Assert.Equal(Text, entity["Name"]);
    }

    [Fact]
    public async Task AccountSas_FromTheOfficialSdk_AuthorizesBlobQueueAndTableCalls()
    {
        var sas = (await NodeScript.RunAsync("account-sas.mjs", fixture.Azurite.ConnectionString)).GetProperty("sas").GetString();
        var ports = fixture.Azurite.Ports;
        var connection = ConnectionStringParser.Parse(
            $"BlobEndpoint=http://127.0.0.1:{ports[0]}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{ports[1]}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{ports[2]}/devstoreaccount1;SharedAccessSignature={sas}");
        using var sut = new StorageAccount(connection, new StorageOptions { MaxRetries = 0 }, TimeProvider.System);
        var names = Names();

        await sut.Blobs.CreateContainerIfNotExistsAsync(names.Container);
        await sut.Blobs.UploadAsync(names.Container, "a b.txt", Encoding.UTF8.GetBytes("sas"));
        var listed = await sut.Blobs.ListAsync(names.Container).ToListAsync();
        await sut.Queues.CreateIfNotExistsAsync(names.Queue);
        await sut.Queues.SendAsync(names.Queue, "sas");
        var message = Assert.Single(await sut.Queues.ReceiveAsync(names.Queue, 1, TimeSpan.FromSeconds(30)));
        await sut.Tables.CreateIfNotExistsAsync(names.Table);
        await sut.Tables.UpsertAsync(names.Table, new TableEntity("p", "r") { ["V"] = "sas" });

        Assert.Null(connection.AccountKey);
        Assert.Equal("a b.txt", Assert.Single(listed).Name);
        Assert.Equal("sas", message.Text);
        Assert.Equal("sas", (await sut.Tables.GetIfExistsAsync(names.Table, "p", "r"))!.GetString("V"));
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private static InteropNames Names() => new(
        AzuriteFixture.UniqueName("interop"), "in/article 1.json", AzuriteFixture.UniqueName("interop"), AzuriteFixture.UniqueName("interop"), "src-o'brien", "2026-11", Text);

    private static TableEntity TypedEntity(InteropNames names) => new(names.Pk, names.Rk)
    {
        ["Count"] = 12345678901L, ["Small"] = 7, ["Score"] = 0.875, ["Whole"] = 2.0, ["Nan"] = double.NaN,
        ["NegInf"] = double.NegativeInfinity, ["When"] = new DateTimeOffset(2026, 11, 22, 4, 0, 0, 123, TimeSpan.Zero),
        ["Id"] = new Guid("00000000-0000-0000-0000-00000000002a"), ["Hash"] = new byte[] { 0, 1, 2, 255 }, ["Flag"] = true, ["Name"] = Text,
    };

    private static void AssertTyped(JsonElement entity, string name, string type, string value)
    {
        var property = entity.GetProperty(name);
        Assert.Equal(type, property.GetProperty("type").GetString());
        var actual = property.GetProperty("value");
        Assert.Equal(value, actual.ValueKind == JsonValueKind.String ? actual.GetString() : actual.GetRawText());
    }

    private sealed record InteropNames(string Container, string Blob, string Queue, string Table, string Pk, string Rk, string Text);
}
