import { posix } from "node:path";
import type { ModuleReference } from "./module-references.ts";

/** Every project file `entries` reach through their relative references, entries included. */
export function importClosure(references: readonly ModuleReference[], entries: readonly string[]): Set<string> {
  const reached = new Set<string>();
  const pending = [...entries];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (reached.has(file)) continue;
    reached.add(file);
    for (const reference of references) {
      if (reference.importer !== file || reference.computed) continue;
      pending.push(posix.join(posix.dirname(file), reference.specifier));
    }
  }
  return reached;
}
