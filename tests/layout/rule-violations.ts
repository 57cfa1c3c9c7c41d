// Checks module references against the import rule: each reference that the importer's folder may
// not make is named "importer → imported (rule: …)", with both paths relative to the project root.
import { posix } from "node:path";
import { COMPUTED_IMPORTS, describeRule, IMPORT_RULE, type FolderRule } from "./import-rule.ts";
import type { ModuleReference } from "./module-references.ts";
import { SOURCE_FILE } from "./project-sources.ts";

type Use = "value" | "type" | "data";

export function ruleViolations(references: readonly ModuleReference[], rules: readonly FolderRule[] = IMPORT_RULE): string[] {
  const violations = new Set<string>();
  for (const { importer, specifier, typeOnly, computed } of references) {
    if (computed) {
      const free = rules.find((candidate) => candidate.folder === topFolder(importer))?.anythingBut?.length === 0;
      if (!free && !COMPUTED_IMPORTS.has(importer)) violations.add(`${importer} → a computed specifier (rule: the import rule cannot check it)`);
      continue;
    }
    const imported = posix.join(posix.dirname(importer), specifier); // a folder keeps its "/"
    if (imported === ".." || imported.startsWith("../")) continue; // outside the project (../shared)
    const folder = topFolder(importer);
    if (topFolder(imported) === folder) continue;
    const rule = rules.find((candidate) => candidate.folder === folder);
    const use: Use = typeOnly ? "type" : SOURCE_FILE.test(imported) ? "value" : "data";
    if (rule === undefined) violations.add(`${importer} → ${imported} (rule: ${folder} is not in the import rule)`);
    else if (!allows(rule, imported, use)) violations.add(`${importer} → ${imported} (rule: ${describeRule(rule)})`);
  }
  return [...violations];
}

function allows(rule: FolderRule, imported: string, use: Use): boolean {
  const within = (folders: readonly string[] | undefined): boolean => (folders ?? []).some((folder) => isWithin(imported, folder));
  if (rule.anythingBut !== undefined) return !within(rule.anythingBut);
  return within(rule.values) || (use === "type" && within(rule.types)) || (use === "data" && within(rule.data));
}

/** "harness/findings.ts" and "harness/" → "harness"; a root file or the root itself ("./") → ".". */
function topFolder(path: string): string {
  const slash = path.indexOf("/");
  return slash === -1 || path.startsWith("./") ? "." : path.slice(0, slash);
}

function isWithin(path: string, folder: string): boolean {
  return folder === "." ? topFolder(path) === "." : path.startsWith(`${folder}/`);
}
