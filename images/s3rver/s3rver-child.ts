// One s3rver process with the project's write patch (the same file as the embedded target's):
// argv is ADDRESS PORT DIRECTORY. Tells its parent once it listens.
import { createRequire } from "node:module";
import { patchS3rverWrites } from "../../targets/s3rver-write-patch.ts";

const require = createRequire(import.meta.url);
const S3rver = require("s3rver");
patchS3rverWrites();

const [address, port, directory] = process.argv.slice(2);
const server = new S3rver({ address, port: Number(port), silent: true, directory, allowMismatchedSignatures: false });
await server.run();
process.send?.("listening");
process.on("SIGTERM", () => void server.close().then(() => process.exit(0)));
