import { fork, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { MediaStoreEmulator } from "./emulator/emulator.ts";
import type { TargetInfo } from "../harness/target-info.ts";

const S3RVER_ENTRY = fileURLToPath(new URL("./s3rver-process.ts", import.meta.url));
const S3RVER_CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };

/** The container the embedded MediaStore Data emulator serves. */
const CONTAINER = "conformance";

/**
 * The default target: s3rver on 127.0.0.1 at a free port, and the project's MediaStore Data emulator
 * in this process, started for the run and needing nothing installed. A given MediaStore endpoint
 * takes the emulator's place.
 */
export class EmbeddedTarget {
  private readonly mediastoreEndpoint: string | undefined;
  private readonly s3: boolean;

  constructor(options: { mediastoreEndpoint?: string | undefined; s3?: boolean | undefined } = {}) {
    this.mediastoreEndpoint = options.mediastoreEndpoint;
    this.s3 = options.s3 ?? true;
  }

  async start(): Promise<StartedEmbeddedTarget> {
    const directory = mkdtempSync(join(tmpdir(), "s3-conformance-embedded-"));
    const supervisor = new S3rverSupervisor(directory);
    // A run of MediaStore cases alone leaves s3rver's process (about 100 MB) unstarted.
    let port = 9;
    try {
      if (this.s3) port = await supervisor.start();
    } catch (error) {
      rmSync(directory, { recursive: true, force: true });
      throw error;
    }
    if (this.mediastoreEndpoint) return new StartedEmbeddedTarget(port, supervisor, directory, { endpoint: this.mediastoreEndpoint });
    const emulator = new MediaStoreEmulator({ credentials: S3RVER_CREDENTIALS, containers: [CONTAINER] });
    const emulatorPort = await emulator.start();
    return new StartedEmbeddedTarget(port, supervisor, directory, {
      endpoint: `http://${CONTAINER}.localhost:${emulatorPort}`,
      missingContainer: `http://no-such-container.localhost:${emulatorPort}`,
      emulator,
    });
  }
}

interface EmbeddedMediaStore {
  endpoint: string;
  missingContainer?: string;
  emulator?: MediaStoreEmulator;
}

export class StartedEmbeddedTarget {
  private readonly port: number;
  private readonly supervisor: S3rverSupervisor;
  private readonly directory: string;
  private readonly mediastore: EmbeddedMediaStore;

  constructor(port: number, supervisor: S3rverSupervisor, directory: string, mediastore: EmbeddedMediaStore) {
    this.port = port;
    this.supervisor = supervisor;
    this.directory = directory;
    this.mediastore = mediastore;
  }

  get info(): TargetInfo {
    return {
      name: "embedded",
      kind: "embedded",
      protocols: ["s3", "mediastore-data"],
      s3: {
        endpoint: `http://127.0.0.1:${this.port}`,
        region: "us-east-1",
        credentials: S3RVER_CREDENTIALS,
        addressing: "path",
      },
      capabilities: {
        sseCOverHttp: false,
        kmsKeyIds: [],
        mediastoreEndpoint: this.mediastore.endpoint,
        ...(this.mediastore.missingContainer ? { mediastoreMissingContainerEndpoint: this.mediastore.missingContainer } : {}),
      },
    };
  }

  /** The s3rver child's process id, while one runs (a self test kills it to see it come back). */
  get s3rverPid(): number | undefined {
    return this.supervisor.pid;
  }

  async stop(): Promise<void> {
    await Promise.all([this.supervisor.stop(), this.mediastore.emulator?.stop()]);
    rmSync(this.directory, { recursive: true, force: true });
  }
}

/** Attempts at bringing a dead s3rver back before its port refuses connections. */
const RESTART_ATTEMPTS = 5;

/**
 * Keeps one s3rver child serving one port: a crash fails the requests in flight, not the run, since
 * every case was handed that port. While a dead child is replaced, this process holds the port
 * (SO_REUSEPORT, which the child's listener shares) and keeps the connections made meanwhile, then
 * hands them to the new child. The child runs in its own process group, so a terminal's Ctrl-C
 * reaches the run (which stops it) and not s3rver, and it exits when this process's IPC channel
 * closes, so it never outlives this process however that ends.
 */
class S3rverSupervisor {
  private readonly directory: string;
  private child: ChildProcess | undefined;
  private port = 0;
  /** The port's listener while no child serves it, and the connections it took. */
  private holder: { server: Server; waiting: Socket[] } | undefined;
  private stopping = false;

  constructor(directory: string) {
    this.directory = directory;
  }

  /** Starts s3rver on a free 127.0.0.1 port; settles with the port. */
  async start(): Promise<number> {
    this.port = await this.spawn(0);
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
    return new Promise((resolve, reject) => {
      const child = fork(S3RVER_ENTRY, [this.directory, String(port)], {
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
        process.stderr.write(`embedded s3rver died (exit ${code ?? signal}); restarting it on port ${this.port}: ${lastLine(stderr)}\n`);
        void this.restart();
      });
    });
  }

  private async restart(): Promise<void> {
    for (let attempt = 1; !this.stopping; attempt++) {
      try {
        await this.spawn(this.port);
        process.stderr.write(`embedded s3rver restarted on port ${this.port}\n`);
        return;
      } catch (error) {
        if (this.stopping) return;
        if (attempt === RESTART_ATTEMPTS) {
          // Refuse connections rather than keep them for a server that will not come.
          process.stderr.write(`embedded s3rver could not be restarted: ${error instanceof Error ? error.message : String(error)}\n`);
          this.release(undefined);
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
    server.listen({ port: this.port, host: "127.0.0.1", reusePort: true });
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
