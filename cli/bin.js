#!/usr/bin/env node
// Entry of the `s3-conformance` command. The TypeScript sources run on Node's own type stripping.
const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 22 || (major === 22 && minor < 22)) {
  process.stderr.write(`s3-conformance: needs Node.js >= 22.22 (this is ${process.version})\n`);
  process.exit(2);
}
const { main } = await import("./main.ts");
process.exitCode = await main(process.argv.slice(2));
