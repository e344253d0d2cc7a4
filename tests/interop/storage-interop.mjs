// Interop check between Pipeline.Storage and the official Azure Storage JS SDKs, run by the xunit InteropTests.
//   node storage-interop.mjs read  '{"container":"…","blob":"…","queue":"…","table":"…","pk":"…","rk":"…"}'
//   node storage-interop.mjs write '{…same names…}'
// The connection string comes from AZURE_STORAGE_CONNECTION_STRING. Prints one JSON document on stdout.
// @azure/storage-queue has no message-encoding option: like the Functions host with messageEncoding "base64",
// we decode base64 ourselves on read and encode it ourselves on write.
import { BlobServiceClient } from "@azure/storage-blob";
import { QueueServiceClient } from "@azure/storage-queue";
import { TableClient } from "@azure/data-tables";

const [mode, namesJson] = process.argv.slice(2);
const names = JSON.parse(namesJson);
const connection = process.env.AZURE_STORAGE_CONNECTION_STRING;

const blobs = BlobServiceClient.fromConnectionString(connection).getContainerClient(names.container);
const queue = QueueServiceClient.fromConnectionString(connection).getQueueClient(names.queue);
const table = TableClient.fromConnectionString(connection, names.table, { allowInsecureConnection: true });

async function read() {
  const blob = blobs.getBlockBlobClient(names.blob);
  const download = await blob.download();
  const content = (await streamToBuffer(download.readableStreamBody)).toString("utf8");
  const received = await queue.receiveMessages({ numberOfMessages: 1, visibilityTimeout: 30 });
  const message = received.receivedMessageItems[0];
  const entity = await table.getEntity(names.pk, names.rk, { disableTypeConversion: true });
  return {
    blob: { content, contentType: download.contentType, metadata: download.metadata, etag: download.etag },
    queue: { raw: message.messageText, decoded: Buffer.from(message.messageText, "base64").toString("utf8") },
    entity,
  };
}

async function write() {
  await blobs.createIfNotExists();
  const uploaded = await blobs.getBlockBlobClient(names.blob).upload(names.text, Buffer.byteLength(names.text), {
    blobHTTPHeaders: { blobContentType: "application/json; charset=utf-8" },
    metadata: { source: "node", ingest_id: "7" },
  });
  await queue.createIfNotExists();
  await queue.sendMessage(Buffer.from(names.text, "utf8").toString("base64"));
  await table.createTable();
  await table.upsertEntity({
    partitionKey: names.pk,
    rowKey: names.rk,
    Count: BigInt("12345678901"),
    Small: 7,
    Score: 0.875,
    Whole: { value: "2", type: "Double" },
    Nan: { value: "NaN", type: "Double" },
    PosInf: { value: "Infinity", type: "Double" },
    When: new Date("2026-11-22T04:00:00.123Z"),
    Id: { value: "00000000-0000-0000-0000-00000000002a", type: "Guid" },
    Hash: new Uint8Array([0, 1, 2, 255]),
    Flag: true,
    Name: names.text,
  }, "Replace");
  return { etag: uploaded.etag };
}

async function streamToBuffer(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

try {
  const result = mode === "read" ? await read() : await write();
  process.stdout.write(JSON.stringify(result));
} catch (error) {
  process.stderr.write(`${error?.name}: ${error?.message}\n`);
  process.exit(1);
}
