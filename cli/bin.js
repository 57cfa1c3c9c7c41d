#!/usr/bin/env -S node --max-semi-space-size=2
// Entry of the `s3-conformance` command. The TypeScript sources run on Node's own type stripping.
// A small young generation keeps a run's memory near its live data: bodies pass through in chunks.
const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 22 || (major === 22 && minor < 22)) {
  process.stderr.write(`s3-conformance: needs Node.js >= 22.22 (this is ${process.version})\n`);
  process.exit(2);
}
// Installed as a package, the sources are under node_modules, where Node does not strip types:
// a hook does it, in this process and, through NODE_OPTIONS, in the processes the run starts.
if (import.meta.url.includes("/node_modules/")) {
  const loader = new URL("./loader/strip-types.js", import.meta.url).href;
  await import(loader);
  const options = process.env.NODE_OPTIONS ?? "";
  if (!options.includes(loader)) process.env.NODE_OPTIONS = `${options} --import=${loader}`.trim();
}
const { main } = await import("./main.ts");
process.exitCode = await main(process.argv.slice(2));
