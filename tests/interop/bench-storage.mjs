// The official JS SDK side of tests/Pipeline.Benchmarks.Storage: the same operations as OurPhases.cs, one caller,
// a warm-up of 50 operations, then a fixed duration. Prints {"ops":n,"seconds":s} (batch counts entities).
//   node bench-storage.mjs queue|upsert|batch|blob <seconds>   (AZURE_STORAGE_CONNECTION_STRING in the environment)
import { BlobServiceClient } from "@azure/storage-blob";
import { QueueServiceClient } from "@azure/storage-queue";
import { TableClient } from "@azure/data-tables";

const [phase, secondsText] = process.argv.slice(2);
const connection = process.env.AZURE_STORAGE_CONNECTION_STRING;
const payload = Buffer.alloc(4096);
const entity = (partitionKey, rowKey) => ({
  partitionKey, rowKey, Score: 0.875, Count: BigInt("12345678901"), Source: "reuters", When: new Date("2026-01-01T00:00:00Z"),
});

async function setUp() {
  switch (phase) {
    case "queue": {
      const queue = QueueServiceClient.fromConnectionString(connection).getQueueClient("benchjs");
      await queue.createIfNotExists();
      const text = Buffer.from('{"articleId":"0123456789abcdef","blob":"incoming/a.json"}').toString("base64");
      return async () => {
        await queue.sendMessage(text);
        const message = (await queue.receiveMessages({ numberOfMessages: 1, visibilityTimeout: 30 })).receivedMessageItems[0];
        await queue.deleteMessage(message.messageId, message.popReceipt);
      };
    }
    case "upsert":
    case "batch": {
      const table = TableClient.fromConnectionString(connection, "benchjs", { allowInsecureConnection: true });
      await table.createTable();
      if (phase === "upsert") return (i) => table.upsertEntity(entity(`p${i % 100}`, `r${i}`), "Replace");
      return (i) => table.submitTransaction(Array.from({ length: 100 }, (_, j) => ["upsert", entity(`b${i}`, `r${j}`), "Replace"]));
    }
    default: {
      const container = BlobServiceClient.fromConnectionString(connection).getContainerClient("benchjs");
      await container.createIfNotExists();
      return (i) => container.getBlockBlobClient(`incoming/${i}.json`).upload(payload, payload.length, { blobHTTPHeaders: { blobContentType: "application/json" } });
    }
  }
}

const step = await setUp();
for (let i = 0; i < 50; i++) await step(i);
const durationMs = Number(secondsText) * 1000;
const started = performance.now();
let ops = 0;
while (performance.now() - started < durationMs) {
  await step(ops + 1_000_000);
  ops++;
}
const seconds = (performance.now() - started) / 1000;
process.stdout.write(JSON.stringify({ ops: phase === "batch" ? ops * 100 : ops, seconds }));
