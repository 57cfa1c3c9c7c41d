import { fork, type ChildProcess } from "node:child_process";
import { createServer, type Server, type Socket } from "node:net";
import { fileURLToPath } from "node:url";

const S3RVER_ENTRY = fileURLToPath(new URL("./s3rver-process.ts", import.meta.url));

/** s3rver's fixed credentials, which it alone accepts (and the embedded MediaStore emulator with it). */
export const S3RVER_CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };

/** Attempts at bringing a dead s3rver back before its port refuses connections. */
const RESTART_ATTEMPTS = 5;

export interface S3rverSupervisorOptions {
  /** s3rver's folder; the child removes it when this process ends without stopping it. */
  directory: string;
  /** The address it listens on: 127.0.0.1, or 0.0.0.0 in a container with mapped ports. */
  address: string;
  /** Its name in the lines written to stderr, e.g. "embedded s3rver". */
  label: string;
  /** Called once the restarts are given up and the port refuses connections (the image then exits). */
  onGiveUp?: () => void;
}

/**
 * Keeps one s3rver child serving one port, for the embedded target and the s3rver image alike: a
 * crash fails the requests in flight, not the run, since every case was handed that port. While a
 * dead child is replaced, this process holds the port (SO_REUSEPORT, which the child's listener
 * shares) and keeps the connections made meanwhile, then hands them to the new child. The child runs
 * in its own process group, so a terminal's Ctrl-C reaches the run (which stops it) and not s3rver,
 * and it exits when this process's IPC channel closes, so it never outlives this process however
 * that ends.
 */
export class S3rverSupervisor {
  private readonly options: S3rverSupervisorOptions;
  private child: ChildProcess | undefined;
  private port = 0;
  /** The port's listener while no child serves it, and the connections it took. */
  private holder: { server: Server; waiting: Socket[] } | undefined;
  private stopping = false;

  constructor(options: S3rverSupervisorOptions) {
    this.options = options;
  }

  /** Starts s3rver on `port` (0: a free one); settles with the port once it listens. */
  async start(port = 0): Promise<number> {
    this.port = await this.spawn(port);
    return this.port;
  }

  /** The running child's process id (a self test kills it to see it come back). */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.release(undefined);
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  }

  /** Starts a child on `port` (0: a free one); settles with the port once it listens. */
  private spawn(port: number): Promise<number> {
    const { directory, address, label } = this.options;
    return new Promise((resolve, reject) => {
      const child = fork(S3RVER_ENTRY, [directory, String(port), address], {
        // ListObjectsV2 continuation tokens need the legacy provider on Node >= 17.
        execArgv: ["--openssl-legacy-provider", "--no-warnings"],
        stdio: ["ignore", "ignore", "pipe", "ipc"],
        detached: true,
      });
      this.child = child;
      let stderr = "";
      let listening = false;
      child.stderr?.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
      child.once("message", (message: { port: number }) => {
        listening = true;
        this.release(child);
        resolve(message.port);
      });
      child.once("exit", (code, signal) => {
        if (!listening) return reject(new Error(`s3rver did not start on ${port === 0 ? "a free port" : `port ${port}`} (exit ${code ?? signal}): ${stderr.trim()}`));
        if (this.stopping || this.child !== child) return;
        this.hold();
        process.stderr.write(`${label} died (exit ${code ?? signal}); restarting it on port ${this.port}: ${lastLine(stderr)}\n`);
        void this.restart();
      });
    });
  }

  private async restart(): Promise<void> {
    const { label } = this.options;
    for (let attempt = 1; !this.stopping; attempt++) {
      try {
        await this.spawn(this.port);
        process.stderr.write(`${label} restarted on port ${this.port}\n`);
        return;
      } catch (error) {
        if (this.stopping) return;
        if (attempt === RESTART_ATTEMPTS) {
          // Refuse connections rather than keep them for a server that will not come.
          process.stderr.write(`${label} could not be restarted: ${error instanceof Error ? error.message : String(error)}\n`);
          this.release(undefined);
          this.options.onGiveUp?.();
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
      }
    }
  }

  /** Listens on the dead child's port and keeps the connections, so none is refused meanwhile. */
  private hold(): void {
    const waiting: Socket[] = [];
    const server = createServer({ pauseOnConnect: true }, (socket) => {
      socket.on("error", () => socket.destroy());
      waiting.push(socket);
    });
    server.on("error", () => undefined); // the port was taken: the restart fails and says so
    server.listen({ port: this.port, host: this.options.address, reusePort: true });
    this.holder = { server, waiting };
  }

  /** Stops holding the port, handing the connections kept to `child` (or closing them). */
  private release(child: ChildProcess | undefined): void {
    const holder = this.holder;
    this.holder = undefined;
    if (!holder) return;
    holder.server.close();
    for (const socket of holder.waiting) {
      if (child?.connected) child.send("connection", socket, (error) => error && socket.destroy());
      else socket.destroy();
    }
  }
}

function lastLine(text: string): string {
  const lines = text.trim().split("\n").filter((line) => /Error/.test(line));
  return lines[0] ?? text.trim().split("\n").pop() ?? "";
}
