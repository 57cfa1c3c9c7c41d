import { connect, createServer, type AddressInfo, type Server, type Socket } from "node:net";

/**
 * A TCP proxy on 127.0.0.1 in front of a real store that passes its first `connections` connections
 * through untouched, then dies as a crashed store does: it stops listening (new connections are
 * refused) and destroys every socket it holds (requests in flight are reset).
 */
export class DyingProxy {
  /** Resolves when the proxy has died. */
  readonly died: Promise<void>;
  private dead = false;
  private accepted = 0;
  private readonly sockets = new Set<Socket>();
  private readonly server: Server;
  private readonly upstreamPort: number;
  private readonly connections: number;
  private markDied: () => void = () => undefined;

  constructor(upstream: string, options: { connections: number }) {
    this.upstreamPort = Number(new URL(upstream).port);
    this.connections = options.connections;
    this.died = new Promise((resolve) => (this.markDied = resolve));
    this.server = createServer((client) => this.pass(client));
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Dies now if it has not yet; resolves once the listener is closed. */
  async stop(): Promise<void> {
    this.die();
    await this.died;
  }

  private pass(client: Socket): void {
    this.track(client);
    this.accepted += 1;
    const store = connect(this.upstreamPort, "127.0.0.1");
    this.track(store);
    client.pipe(store).pipe(client);
    if (this.accepted >= this.connections) this.die();
  }

  private track(socket: Socket): void {
    this.sockets.add(socket);
    socket.on("close", () => this.sockets.delete(socket));
    socket.on("error", () => undefined);
    if (this.dead) socket.destroy();
  }

  private die(): void {
    if (this.dead) return;
    this.dead = true;
    this.server.close(() => this.markDied());
    for (const socket of this.sockets) socket.destroy();
  }
}
