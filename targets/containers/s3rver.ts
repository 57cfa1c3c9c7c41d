import { plainS3, type ContainerModule } from "./container-module.ts";

/** s3rver from npm in the project's own image (`images/s3rver/`), with the embedded target's write patch. */
export const s3rver: ContainerModule = {
  name: "s3rver",
  description: "s3rver (npm) with the project's write patch, image built by images/build",
  credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
  region: "us-east-1",
  s3Port: 4568,
  mapped: { env: { S3RVER_ADDRESS: "0.0.0.0" } },
  host: (nextPort) => {
    const port = nextPort();
    return { port, env: { S3RVER_ADDRESS: "127.0.0.1", S3RVER_PORT: String(port) } };
  },
  ready: { path: "/", log: "s3rver ready on" },
  startupTimeoutMs: 30_000,
  capabilities: plainS3,
  deviations: [
    "carries the embedded target's write patch (targets/s3rver-write-patch.ts): writes answer once the bytes are on disk, and a Complete naming a part never uploaded fails alone",
    "the image restarts s3rver when it dies (images/s3rver/serve.ts), as the embedded target's supervisor does: the requests in flight fail, later cases do not",
  ],
};
