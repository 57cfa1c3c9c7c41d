import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TargetInfo } from "../harness/target-info.ts";
import { MediaStoreEmulator } from "./emulator/emulator.ts";
import type { StartedMediaStoreEmulator } from "./emulator/started-emulator.ts";
import { S3RVER_CREDENTIALS, S3rverSupervisor } from "./s3rver-supervisor.ts";
import { StartedTarget } from "./started-target.ts";


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
    const supervisor = new S3rverSupervisor({ directory, address: "127.0.0.1", label: "embedded s3rver" });
    // A run of MediaStore cases alone leaves s3rver's process (about 100 MB) unstarted.
    let port = 9;
    try {
      if (this.s3) port = await supervisor.start();
    } catch (error) {
      rmSync(directory, { recursive: true, force: true });
      throw error;
    }
    if (this.mediastoreEndpoint) return new StartedEmbeddedTarget(port, supervisor, directory, { endpoint: this.mediastoreEndpoint });
    const emulator = await new MediaStoreEmulator({ credentials: S3RVER_CREDENTIALS, containers: [CONTAINER] }).start();
    return new StartedEmbeddedTarget(port, supervisor, directory, {
      endpoint: emulator.getEndpoint(CONTAINER),
      missingContainer: emulator.getEndpoint("no-such-container"),
      emulator,
    });
  }
}

interface EmbeddedMediaStore {
  endpoint: string;
  missingContainer?: string;
  emulator?: StartedMediaStoreEmulator;
}

export class StartedEmbeddedTarget extends StartedTarget {
  private readonly port: number;
  private readonly supervisor: S3rverSupervisor;
  private readonly directory: string;
  private readonly mediastore: EmbeddedMediaStore;

  constructor(port: number, supervisor: S3rverSupervisor, directory: string, mediastore: EmbeddedMediaStore) {
    super();
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

  /** The MediaStore Data container's endpoint: the emulator's, or the one given instead. */
  getMediaStoreEndpoint(): string {
    return this.mediastore.endpoint;
  }

  /** The s3rver child's process id, while one runs (a self test kills it to see it come back). */
  getS3rverPid(): number | undefined {
    return this.supervisor.pid;
  }

  async stop(): Promise<void> {
    await Promise.all([this.supervisor.stop(), this.mediastore.emulator?.stop()]);
    rmSync(this.directory, { recursive: true, force: true });
  }
}
