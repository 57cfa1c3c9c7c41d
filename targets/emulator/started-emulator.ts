/** A listening MediaStore Data emulator: a container's endpoint on it, and stop(). */
export class StartedMediaStoreEmulator {
  private readonly port: number;
  private readonly close: () => Promise<void>;

  constructor(port: number, close: () => Promise<void>) {
    this.port = port;
    this.close = close;
  }

  /** Where `container` is served: `<container>.localhost` (127.0.0.1) names it. */
  getEndpoint(container: string): string {
    return `http://${container}.localhost:${this.port}`;
  }

  async stop(): Promise<void> {
    await this.close();
  }
}
