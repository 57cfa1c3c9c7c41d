// Node strips the types of .ts files itself, but refuses to for files under node_modules
// (ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING), which is where an installed s3-conformance lives.
// This hook strips the types of the package's own .ts files with Node's same stripper and leaves
// every other module, its dependencies' included, to Node. Imported by cli/bin.js in the installed
// package, and by the processes the run starts through NODE_OPTIONS (the s3rver child is a .ts file).
// vitest's workers need no hook: vitest transforms .ts files itself, also under node_modules.
import { readFileSync } from "node:fs";
import * as module from "node:module";
import { fileURLToPath } from "node:url";

const PACKAGE = new URL("../../", import.meta.url).href;
const DEPENDENCIES = new URL("node_modules/", PACKAGE).href;

// NODE_OPTIONS reaches every Node child: one too old for these hooks runs without them.
module.registerHooks?.({
  load(url, context, nextLoad) {
    const file = url.split(/[?#]/)[0];
    if (!file.endsWith(".ts") || !file.startsWith(PACKAGE) || file.startsWith(DEPENDENCIES)) return nextLoad(url, context);
    return { format: "module", source: stripTypes(readFileSync(fileURLToPath(file), "utf8")), shortCircuit: true };
  },
});

let warned = false;

/** Node's type stripping (positions kept, so stack traces point at the .ts lines), without its one-time experimental warning. */
function stripTypes(source) {
  if (warned) return module.stripTypeScriptTypes(source);
  warned = true;
  const emitWarning = process.emitWarning;
  process.emitWarning = (warning, ...rest) => {
    if (!String(warning).startsWith("stripTypeScriptTypes")) emitWarning.call(process, warning, ...rest);
  };
  try {
    return module.stripTypeScriptTypes(source);
  } finally {
    process.emitWarning = emitWarning;
  }
}
