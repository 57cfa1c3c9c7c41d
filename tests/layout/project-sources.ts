// The project's own source files, read from disk: every .ts/.js file outside node_modules, the
// dot-folders and the report folders a run writes (.gitignore's conformance-report/, ci-reports/).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** A code file's name, as opposed to data (JSON, a folder read at run time). */
export const SOURCE_FILE = /\.(?:[cm]?[jt]s|[jt]sx)$/;
const NOT_SOURCE_FOLDERS = new Set(["node_modules", "conformance-report", "ci-reports"]);

/** Project-relative path ("/" separators) → text. */
export function readProjectSources(root: string): Map<string, string> {
  const sources = new Map<string, string>();
  const walk = (folder: string): void => {
    const entries = readdirSync(join(root, folder), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      if (entry.name.startsWith(".") || NOT_SOURCE_FOLDERS.has(entry.name)) continue;
      const path = folder === "" ? entry.name : `${folder}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && SOURCE_FILE.test(entry.name)) sources.set(path, readFileSync(join(root, path), "utf8"));
    }
  };
  walk("");
  return sources;
}
