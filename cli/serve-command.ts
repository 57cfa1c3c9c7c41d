import { EmbeddedTarget } from "../targets/embedded.ts";
import { UsageError } from "./usage-error.ts";

/**
 * `s3-conformance serve`: starts the embedded S3 and MediaStore Data targets on their own, prints
 * their endpoints and credentials, and runs until interrupted.
 */
export async function serveCommand(options: { target?: string }): Promise<number> {
  if ((options.target ?? "embedded") !== "embedded") throw new UsageError(`--target ${options.target}: serve starts the embedded target only`);
  const started = await new EmbeddedTarget().start();
  const endpoint = started.getEndpoint();
  const { accessKeyId, secretAccessKey } = started.getCredentials();
  process.stdout.write(
    [
      `S3 endpoint:                ${endpoint} (path-style, region ${started.getRegion()})`,
      `MediaStore Data endpoint:   ${started.getMediaStoreEndpoint()} (container "conformance"; *.localhost is 127.0.0.1)`,
      `access key / secret key:    ${accessKeyId} / ${secretAccessKey} (the embedded targets' fixed test credentials)`,
      `for example:                AWS_ACCESS_KEY_ID=${accessKeyId} AWS_SECRET_ACCESS_KEY=${secretAccessKey} aws --endpoint-url ${endpoint} s3 ls`,
      "press Ctrl-C to stop",
      "",
    ].join("\n"),
  );
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await started.stop();
  process.stdout.write("stopped\n");
  return 0;
}
