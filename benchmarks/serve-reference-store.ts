// Starts the self tests' reference S3 store (tests/support/reference-store/) on 127.0.0.1 and prints
// its endpoint, until Ctrl-C: a target on which every S3 case's property runs in full, for measuring
// the suite itself (time, requests, memory) apart from any real store's speed.
// Usage: node benchmarks/serve-reference-store.ts   then, with any credentials in the environment:
//   node benchmarks/peak-rss.ts run --endpoint URL --sse-c-over-http --kms-key-id <printed id> --filter s3.copy-object
import { DEFAULT_KMS_KEY_ID } from "../tests/support/reference-store/kms-keys.ts";
import { ReferenceStore } from "../tests/support/reference-store/reference-store.ts";

const store = new ReferenceStore();
const endpoint = await store.start();
process.stdout.write(`${endpoint} (KMS key id ${DEFAULT_KMS_KEY_ID})\n`);
process.on("SIGINT", () => void store.stop().then(() => process.exit(0)));
