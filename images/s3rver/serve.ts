// Entry of the s3rver image: the embedded target's supervisor (targets/s3rver-supervisor.ts) keeps one
// s3rver child on S3RVER_ADDRESS:S3RVER_PORT and restarts it when it dies (s3rver lets some errors end
// its process, which would otherwise end the container and every case after). Prints
// "s3rver ready on http://ADDRESS:PORT" once it listens; a first start that fails, or restarts given
// up, end the container, so the engine shows it stopped rather than a port that refuses.
import { S3rverSupervisor } from "../../targets/s3rver-supervisor.ts";

const address = process.env.S3RVER_ADDRESS ?? "127.0.0.1";
const port = Number(process.env.S3RVER_PORT ?? 4568);
const directory = process.env.S3RVER_DIRECTORY ?? "/data";

const supervisor = new S3rverSupervisor({ directory, address, label: "s3rver", onGiveUp: () => process.exit(1) });
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => void supervisor.stop().then(() => process.exit(0)));
}
try {
  const listening = await supervisor.start(port);
  console.log(`s3rver ready on http://${address}:${listening}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
