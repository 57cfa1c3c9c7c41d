import { Agent } from "node:http";
import {
  ContainerNotFoundException,
  DeleteObjectCommand,
  DescribeObjectCommand,
  GetObjectCommand,
  ListItemsCommand,
  MediaStoreDataClient,
  ObjectNotFoundException,
  PutObjectCommand,
  RequestedRangeNotSatisfiableException,
} from "@aws-sdk/client-mediastore-data";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import { afterAll, beforeAll, expect, test } from "vitest";
import { loopbackLookup } from "../../transport/loopback-lookup.ts";
import { MediaStoreEmulator } from "../../targets/emulator/emulator.ts";
import type { StartedMediaStoreEmulator } from "../../targets/emulator/started-emulator.ts";

const credentials = { accessKeyId: "EMULATORKEY", secretAccessKey: "emulator-secret" };
let emulator: StartedMediaStoreEmulator;

/** The AWS SDK's own client: if it can talk to the emulator, the emulator speaks restJson1 as AWS does. */
function client(container: string, secret = credentials.secretAccessKey): MediaStoreDataClient {
  return new MediaStoreDataClient({
    endpoint: emulator.getEndpoint(container),
    region: "us-east-1",
    credentials: { ...credentials, secretAccessKey: secret },
    maxAttempts: 1,
    requestHandler: new NodeHttpHandler({ httpAgent: new Agent({ lookup: loopbackLookup }) }),
  });
}

beforeAll(async () => {
  emulator = await new MediaStoreEmulator({ credentials, containers: ["movies"] }).start();
});
afterAll(() => emulator.stop());

test("the AWS SDK puts, describes, gets, lists and deletes through the emulator", async () => {
  const movies = client("movies");
  const put = await movies.send(new PutObjectCommand({ Path: "premium/canada/mlaw.avi", Body: "0123456789", ContentType: "video/avi", CacheControl: "max-age=5" }));
  expect(put.ContentSHA256).toBe("84d89877f0d4041efb6bf91a16f0248f2fd573e6af05c19f96bedb9f882f7882");
  expect(put.StorageClass).toBe("TEMPORAL");
  const described = await movies.send(new DescribeObjectCommand({ Path: "premium/canada/mlaw.avi" }));
  expect(described).toMatchObject({ ContentLength: 10, ContentType: "video/avi", CacheControl: "max-age=5", ETag: put.ETag });
  expect(described.LastModified).toBeInstanceOf(Date);
  const ranged = await movies.send(new GetObjectCommand({ Path: "premium/canada/mlaw.avi", Range: "bytes=2-4" }));
  expect(await ranged.Body?.transformToString()).toBe("234");
  expect(ranged.ContentRange).toBe("bytes 2-4/10");
  const root = await movies.send(new ListItemsCommand({}));
  expect(root.Items).toEqual([{ Name: "premium", Type: "FOLDER" }]);
  const folder = await movies.send(new ListItemsCommand({ Path: "premium/canada" }));
  expect(folder.Items?.[0]).toMatchObject({ Name: "mlaw.avi", Type: "OBJECT", ContentLength: 10, ETag: put.ETag });
  await movies.send(new DeleteObjectCommand({ Path: "premium/canada/mlaw.avi" }));
  await expect(movies.send(new DescribeObjectCommand({ Path: "premium/canada/mlaw.avi" }))).rejects.toBeInstanceOf(ObjectNotFoundException);
  expect((await movies.send(new ListItemsCommand({}))).Items).toEqual([]);
});

test("errors arrive as the SDK's modeled exceptions", async () => {
  await expect(client("movies").send(new GetObjectCommand({ Path: "nothing-here" }))).rejects.toBeInstanceOf(ObjectNotFoundException);
  await expect(client("no-such-container").send(new ListItemsCommand({}))).rejects.toBeInstanceOf(ContainerNotFoundException);
  await client("movies").send(new PutObjectCommand({ Path: "ten", Body: "0123456789" }));
  await expect(client("movies").send(new GetObjectCommand({ Path: "ten", Range: "bytes=10-20" }))).rejects.toBeInstanceOf(RequestedRangeNotSatisfiableException);
});

test("a request signed with the wrong secret is refused", async () => {
  const refused = client("movies", "not-the-secret").send(new ListItemsCommand({}));
  await expect(refused).rejects.toMatchObject({ $metadata: { httpStatusCode: 403 } });
});
