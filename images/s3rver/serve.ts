// Entry of the s3rver image: keeps one s3rver child on S3RVER_ADDRESS:S3RVER_PORT and restarts it when
// it dies, as the embedded target does (s3rver lets some errors end its process, which would otherwise
// end the container and every case after). Prints "s3rver ready on http://ADDRESS:PORT" once.
import { fork, type ChildProcess } from "node:child_process";

const address = process.env.S3RVER_ADDRESS ?? "127.0.0.1";
const port = Number(process.env.S3RVER_PORT ?? 4568);
const directory = process.env.S3RVER_DIRECTORY ?? "/data";
const childEntry = new URL("./s3rver-child.ts", import.meta.url).pathname;

let child: ChildProcess | undefined;
let announced = false;
let stopping = false;

function start(): void {
  const started = fork(childEntry, [address, String(port), directory], { stdio: "inherit" });
  started.once("message", () => {
    if (!announced) console.log(`s3rver ready on http://${address}:${port}`);
    announced = true;
  });
  started.once("exit", (code, signal) => {
    if (stopping) return process.exit(0);
    console.error(`s3rver exited (${code ?? signal}); restarting`);
    setTimeout(start, announced ? 0 : 1000);
  });
  child = started;
}

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    stopping = true;
    if (!child || child.exitCode !== null) process.exit(0);
    child.kill("SIGTERM");
  });
}
start();
