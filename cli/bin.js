#!/usr/bin/env -S node --max-semi-space-size=2
// Entry of the `s3-conformance` command. The TypeScript sources run on Node's own type stripping.
// A small young generation keeps a run's memory near its live data: bodies pass through in chunks.
const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 22 || (major === 22 && minor < 22)) {
  process.stderr.write(`s3-conformance: needs Node.js >= 22.22 (this is ${process.version})\n`);
  process.exit(2);
}
const { main } = await import("./main.ts");
process.exitCode = await main(process.argv.slice(2));
