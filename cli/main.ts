import { Command, CommanderError, Option } from "commander";
import { registerCompareCommand } from "./compare-command.ts";
import { registerDiffCommand } from "./diff-command.ts";
import { registerMergeCommand } from "./merge-command.ts";
import { listCommand } from "./list-command.ts";
import { TOOL } from "./package-info.ts";
import { runCommand } from "./run-command.ts";
import { serveCommand } from "./serve-command.ts";
import { UsageError } from "./usage-error.ts";

/** Parses the command line and runs it. 0: all as expected; 1: something unexpected; 2: bad usage. */
export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const program = new Command("s3-conformance")
    .description("Protocol-conformance tests for S3 and MediaStore Data object stores")
    .version(TOOL.version, "-V, --version")
    .exitOverride()
    .showSuggestionAfterError()
    .configureOutput({ writeErr: (text) => process.stderr.write(text.split("\n")[0] + "\n") });

  program
    .command("run")
    .description("run the conformance cases against a target and write the report")
    .option("--target <kind>", "embedded (default), endpoint, ceph-rgw, or container:<name> (see the README's targets)")
    .option("--endpoint <url>", "S3 endpoint URL (default: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL)")
    .option("--name <name>", "name of the endpoint target, for expectations/<name>.json (default: endpoint)")
    .option("--region <region>", "signing region (default: AWS_REGION, then us-east-1)")
    .option("--path-style", "address buckets in the path (default)")
    .option("--virtual-hosted", "address buckets as host names (bucket.host)")
    .option("--ca-file <file>", "PEM file of a private CA for https endpoints")
    .option("--mediastore-endpoint <url>", "MediaStore Data container endpoint to test (default for embedded: the built-in emulator)")
    .option("--sse-c-over-http", "the target accepts SSE-C over plain HTTP")
    .option("--kms-key-id <id>", "a KMS key id the target holds (repeatable)", collect)
    .option("--seed <n>", "seed for the generated requests (default: random, written in the report)")
    .option("--num-runs <n>", "runs per property (default: 100)")
    .option("--finding <signature>", "replay one finding: its signature, as the report gives it (with --filter and --seed)")
    .option("--filter <pattern>", "case id, id prefix or glob with * (e.g. s3.get-object or s3.*.not-found.*); repeatable", collect)
    .option("--out <dir>", "report folder", "conformance-report")
    .option("--expectations <file>", "known outcomes of this target (default: expectations/<target>.json)")
    .option("--update-expectations", "rewrite the expectations file from this run's outcomes")
    .option("--image <image>", "container image to use instead of the catalog's pinned one")
    .option("--container-network <mode>", "mapped (default): ports mapped to 127.0.0.1; host: host networking on a free 127.0.0.1 port")
    .option("--offline", "never pull a container image; a missing image is an error")
    .option("--shard <i/n>", "run part i of n (vitest's sharding by file); s3-conformance merge joins the parts' report folders")
    .action(async (flags) => {
      exitCode = await runCommand(flags);
    });

  program
    .command("serve")
    .description("start the embedded S3 and MediaStore Data targets, print their endpoints, run until interrupted")
    .addOption(new Option("--target <kind>", "target to serve").choices(["embedded"]).default("embedded"))
    .action(async (flags) => {
      exitCode = await serveCommand(flags);
    });

  program
    .command("list")
    .description("list the conformance cases")
    .option("--json", "print the cases' metadata as JSON")
    .option("--filter <pattern>", "only the cases matching this id, prefix or glob; repeatable", collect)
    .action(async (flags) => {
      exitCode = await listCommand(flags);
    });

  registerMergeCommand(program, (code) => (exitCode = code));
  registerCompareCommand(program, (code) => (exitCode = code));
  registerDiffCommand(program, (code) => (exitCode = code));

  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with code 0.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`s3-conformance: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

/** Commander's accumulator for repeatable options. */
function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
