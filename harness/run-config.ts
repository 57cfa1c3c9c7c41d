import type { TargetInfo } from "./target-info.ts";

/** How a run was asked for; the CLI resolves flags and environment into this. */
export interface RunConfig {
  target: TargetRequest;
  seed: number;
  numRuns: number;
  runId: string;
  /** Replay one finding: its signature (`--finding`); the properties then shrink for it alone. */
  finding?: string;
}

export type TargetRequest =
  | { kind: "embedded"; mediastoreEndpoint?: string; /** Serve S3 too (false when no selected case speaks S3). */ s3?: boolean }
  | { kind: "endpoint"; name: string; s3: TargetInfo["s3"]; capabilities: TargetInfo["capabilities"] }
  | { kind: "ceph-rgw" }
  | ContainerRequest;

/** `--target container:<name>`: a catalog entry started through testcontainers. */
export interface ContainerRequest {
  kind: "container";
  /** Catalog name, e.g. `s3rver` or `ceph-rgw`. */
  name: string;
  /** Replaces the catalog's pinned image. */
  image?: string;
  /** `mapped`: container ports mapped to 127.0.0.1; `host`: host networking, server bound to 127.0.0.1. */
  network: "mapped" | "host";
  /** Never pull: a missing image is an error. */
  offline: boolean;
}

/** The CLI hands the run to vitest's globalSetup through this variable (same process or children). */
export const RUN_CONFIG_VARIABLE = "S3_CONFORMANCE_RUN";

export function writeRunConfig(config: RunConfig, env: NodeJS.ProcessEnv = process.env): void {
  env[RUN_CONFIG_VARIABLE] = JSON.stringify(config);
}

/** Reads the run asked for, or the default: the embedded target with a fresh seed. */
export function readRunConfig(env: NodeJS.ProcessEnv = process.env): RunConfig {
  const text = env[RUN_CONFIG_VARIABLE];
  if (text) return JSON.parse(text) as RunConfig;
  return { target: { kind: "embedded" }, seed: newSeed(), numRuns: 100, runId: newRunId() };
}

export function newSeed(): number {
  return Math.floor(Math.random() * 0x7fffffff);
}

/** Short lower-case id: safe inside bucket names. */
export function newRunId(): string {
  return Math.random().toString(36).slice(2, 10).padEnd(8, "0");
}
