import { existsSync, readFileSync } from "node:fs";
import { isIP } from "node:net";
import { join, resolve } from "node:path";
import { newRunId, newSeed, type RunConfig, type TargetRequest } from "../harness/run-config.ts";
import { CONTAINER_NAMES, isContainerName } from "../targets/containers/container-names.ts";
import { PACKAGE_ROOT } from "./package-info.ts";
import { parseShard, type Shard } from "./shard-option.ts";
import { UsageError } from "./usage-error.ts";

/** Flags of `s3-conformance run`, as commander hands them over. */
export interface RunFlags {
  target?: string;
  endpoint?: string;
  name?: string;
  region?: string;
  pathStyle?: boolean;
  virtualHosted?: boolean;
  caFile?: string;
  sseCOverHttp?: boolean;
  kmsKeyId?: string[];
  mediastoreEndpoint?: string;
  seed?: string;
  numRuns?: string;
  finding?: string;
  filter?: string[];
  out?: string;
  expectations?: string;
  updateExpectations?: boolean;
  image?: string;
  containerNetwork?: string;
  offline?: boolean;
  shard?: string;
}

/** Everything a run needs, resolved and checked. */
export interface RunPlan {
  config: RunConfig;
  targetName: string;
  /** Where the endpoint is, for the report when the target never started. */
  endpointHint: string;
  filter?: string[];
  outDir: string;
  expectationsPath: string;
  updateExpectations: boolean;
  /** This run's part of a run split across machines (`--shard i/n`). */
  shard?: Shard;
  /** Flags that point a replay at the same target (never secrets). */
  targetArgs: string[];
  /** Values that must never reach a report or a log. */
  secrets: string[];
}

/** Resolves flags and the standard AWS variables into a run; throws UsageError naming the problem. */
export function resolveRunPlan(flags: RunFlags, env: NodeJS.ProcessEnv = process.env): RunPlan {
  const kind = targetKind(flags.target ?? (flags.endpoint ? "endpoint" : "embedded"));
  if (kind !== "endpoint" && flags.endpoint) throw new UsageError(`--endpoint goes with --target endpoint, not --target ${flags.target ?? kind}`);
  if (kind !== "container" && (flags.image || flags.containerNetwork || flags.offline)) {
    throw new UsageError("--image, --container-network and --offline go with --target container:<name>");
  }
  if (flags.pathStyle && flags.virtualHosted) throw new UsageError("--path-style and --virtual-hosted exclude each other");

  const seed = flags.seed === undefined ? newSeed() : integerFlag("--seed", flags.seed, 0, 0x7fffffff);
  const numRuns = flags.numRuns === undefined ? 100 : integerFlag("--num-runs", flags.numRuns, 1, 1_000_000);
  if (flags.filter?.some((pattern) => pattern.trim() === "")) throw new UsageError("--filter needs a pattern: a case id, an id prefix or a glob (s3-conformance list shows the ids)");
  if (flags.region !== undefined && flags.region.trim() === "") throw new UsageError("--region needs a region name, e.g. us-east-1");
  // Checked whatever the target, so a mistyped path is never silently ignored.
  const caPem = flags.caFile === undefined ? undefined : readCaFile(flags.caFile);
  if (flags.finding !== undefined && flags.finding.trim() === "") throw new UsageError("--finding needs a finding's signature, as the report gives it");
  const mediastoreEndpoint = flags.mediastoreEndpoint === undefined ? undefined : endpointUrl(flags.mediastoreEndpoint, "--mediastore-endpoint").href.replace(/\/$/, "");
  const shard = flags.shard === undefined ? undefined : parseShard(flags.shard);
  if (shard && flags.updateExpectations) throw new UsageError("--update-expectations needs the whole run: merge the shards first, or run without --shard");
  const capabilities = { sseCOverHttp: Boolean(flags.sseCOverHttp), kmsKeyIds: flags.kmsKeyId ?? [], ...(mediastoreEndpoint ? { mediastoreEndpoint } : {}) };

  let target: TargetRequest;
  let targetArgs: string[] = [];
  let secrets: string[] = [];
  let endpointHint = "embedded s3rver on 127.0.0.1";
  if (kind === "endpoint") {
    const url = endpointUrl(flags.endpoint ?? env.AWS_ENDPOINT_URL_S3 ?? env.AWS_ENDPOINT_URL);
    const accessKeyId = env.AWS_ACCESS_KEY_ID;
    const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
    if (!accessKeyId || !secretAccessKey) {
      throw new UsageError("the endpoint target needs credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY");
    }
    const addressing = flags.virtualHosted ? "virtual" : "path";
    if (addressing === "virtual" && isIP(url.hostname.replace(/^\[|\]$/g, ""))) {
      throw new UsageError(`--virtual-hosted needs a host name, not an IP address (${url.hostname}); try http://localhost:${url.port || 80}`);
    }
    const region = flags.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? "us-east-1";
    const ca = caPem;
    const name = flags.name ?? "endpoint";
    const s3 = { endpoint: url.origin + url.pathname.replace(/\/$/, ""), region, credentials: { accessKeyId, secretAccessKey }, addressing, ...(ca ? { ca } : {}) } as const;
    target = { kind: "endpoint", name, s3, capabilities };
    endpointHint = s3.endpoint;
    secrets = [accessKeyId, secretAccessKey];
    targetArgs = ["--endpoint", s3.endpoint, "--region", region, ...(flags.name ? ["--name", name] : []), ...(addressing === "virtual" ? ["--virtual-hosted"] : [])];
    if (flags.caFile) targetArgs.push("--ca-file", resolve(flags.caFile));
  } else if (kind === "ceph-rgw") {
    target = { kind: "ceph-rgw" };
    endpointHint = "Ceph RGW started on 127.0.0.1";
    targetArgs = ["--target", "ceph-rgw"];
  } else if (kind === "container") {
    const name = (flags.target ?? "").slice("container:".length);
    const network = flags.containerNetwork ?? "mapped";
    if (network !== "mapped" && network !== "host") throw new UsageError(`--container-network ${network}: expected mapped or host`);
    target = { kind: "container", name, network, offline: Boolean(flags.offline), ...(flags.image ? { image: flags.image } : {}) };
    endpointHint = `container ${name}${flags.image ? ` (${flags.image})` : ""} on 127.0.0.1`;
    targetArgs = ["--target", `container:${name}`, "--container-network", network, ...(flags.image ? ["--image", flags.image] : []), ...(flags.offline ? ["--offline"] : [])];
  } else {
    target = { kind: "embedded", ...(mediastoreEndpoint ? { mediastoreEndpoint } : {}), s3: selectsS3(flags.filter) };
  }
  if (flags.sseCOverHttp) targetArgs.push("--sse-c-over-http");
  if (mediastoreEndpoint) targetArgs.push("--mediastore-endpoint", mediastoreEndpoint);
  for (const id of capabilities.kmsKeyIds) targetArgs.push("--kms-key-id", id);

  const targetName = target.kind === "endpoint" || target.kind === "container" ? target.name : target.kind;
  return {
    config: { target, seed, numRuns, runId: newRunId(), ...(flags.finding !== undefined ? { finding: flags.finding } : {}) },
    targetName,
    endpointHint,
    ...(flags.filter?.length ? { filter: flags.filter } : {}),
    outDir: resolve(flags.out ?? "conformance-report"),
    expectationsPath: flags.expectations ? resolve(flags.expectations) : join(PACKAGE_ROOT, "expectations", `${targetName}.json`),
    updateExpectations: Boolean(flags.updateExpectations),
    ...(shard ? { shard } : {}),
    targetArgs,
    secrets,
  };
}

/** `embedded`, `endpoint`, `ceph-rgw` or `container:<name>` with a name from the container catalog. */
function targetKind(text: string): TargetRequest["kind"] {
  if (text === "embedded" || text === "endpoint" || text === "ceph-rgw") return text;
  if (text.startsWith("container:")) {
    const name = text.slice("container:".length);
    if (isContainerName(name)) return "container";
    throw new UsageError(`--target ${text}: no container named ${name || "(empty)"}; expected one of ${CONTAINER_NAMES.join(", ")}`);
  }
  throw new UsageError(`--target ${text}: unknown target; expected embedded, endpoint, ceph-rgw or container:<name>`);
}

function endpointUrl(text: string | undefined, flag = "--endpoint"): URL {
  if (!text) throw new UsageError("the endpoint target needs a URL: pass --endpoint URL or set AWS_ENDPOINT_URL_S3");
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`${flag} ${text}: not a URL; expected http://host:port or https://host:port`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new UsageError(`${flag} ${text}: scheme ${url.protocol} is not http or https`);
  if (url.search || url.hash) throw new UsageError(`${flag} ${text}: must not have a query or fragment`);
  return url;
}

function readCaFile(path: string): string {
  if (path.trim() === "") throw new UsageError("--ca-file needs the path of a PEM file");
  if (!existsSync(path)) throw new UsageError(`--ca-file ${path}: no such file`);
  const pem = readFileSync(path, "utf8");
  if (!pem.includes("-----BEGIN CERTIFICATE-----")) throw new UsageError(`--ca-file ${path}: not a PEM certificate`);
  return pem;
}

function integerFlag(name: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(`${name} ${text}: expected a whole number from ${min} to ${max}`);
  }
  return value;
}

/** Whether a selection can hold S3 cases: every pattern that names a protocol other than s3 rules them out. */
function selectsS3(filters: string[] | undefined): boolean {
  if (!filters?.length) return true;
  return filters.some((pattern) => !pattern.startsWith("mediastore-data"));
}
